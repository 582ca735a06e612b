/**
 * Theo dõi, đôn đốc: what is overdue on a day in a committee and the cells below it — plans not adopted, plan
 * items past their window without a conclusion, recommendations past their due day and still open, periodic
 * reports past their deadline and not submitted — each with the organisation and the member responsible. It
 * reads the other features' ports and computes; it stores nothing, so that a later escalation feature (reminders,
 * raising an item to the committee above) can be built on its list.
 */
@NullMarked
package vn.ktgs.followup;

import org.jspecify.annotations.NullMarked;
