package vn.ktgs.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one run of {@link FollowUpService#notify} did.
 *
 * @param day the day the items were judged on
 * @param sent the notices sent now, in the order of the overdue list
 * @param alreadySent how many items had their step (or a later one) sent by an earlier run, and were not sent again
 * @param unaddressed the items that reached a step whose roles name no one that day (nothing is sent or recorded for
 *     them; a later run sends them once someone holds the role)
 */
public record NoticeRun(LocalDate day, List<Notice> sent, int alreadySent, List<Overdue> unaddressed) {

    public NoticeRun {
        Objects.requireNonNull(day, "day");
        sent = List.copyOf(sent);
        unaddressed = List.copyOf(unaddressed);
    }
}
