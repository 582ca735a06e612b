package vn.ktgs.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.ktgs.organisation.MemberId;

/**
 * Thông báo đôn đốc: what a {@link Notifier} is asked to send — one overdue item at the step of
 * escalation it reached, to the members of that step.
 *
 * @param item the overdue item as computed on the day (with its escalation)
 * @param escalation the step sent
 * @param day the day the item was judged on
 */
public record Notice(Overdue item, Escalation escalation, LocalDate day) {

    public Notice {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(escalation, "escalation");
        Objects.requireNonNull(day, "day");
    }

    public OverdueKey key() {
        return item.key();
    }

    public int step() {
        return escalation.step();
    }

    /** The members to send it to (at least one). */
    public List<MemberId> recipients() {
        return escalation.recipients();
    }

    /** What the store remembers of it. */
    public SentNotice sent() {
        return new SentNotice(item.key(), escalation.step(), item.organisation(), escalation.recipients(), day);
    }
}
