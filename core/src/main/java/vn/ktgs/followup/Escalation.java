package vn.ktgs.followup;

import java.util.List;
import java.util.Objects;
import vn.ktgs.organisation.MemberId;

/**
 * Mức đôn đốc: the step of escalation an overdue item has reached on the day, and the members it is brought to.
 *
 * @param step the step's number, from 1
 * @param of how many steps the item's kind has
 * @param rule the step as the rules give it (its delay and roles)
 * @param recipients the members the step's roles name on the day, each once, in the order of the roles (for an item
 *     from an inspection on signs of violation only those who may read confidential content of its organisation);
 *     may be empty when no one holds the roles
 */
public record Escalation(int step, int of, EscalationStep rule, List<MemberId> recipients) {

    public Escalation {
        Objects.requireNonNull(rule, "rule");
        recipients = List.copyOf(recipients);
        if (step < 1 || step > of) {
            throw new IllegalArgumentException("step " + step + " of " + of);
        }
    }

    /** Whether this is the last step: the item can be raised no further. */
    public boolean isLast() {
        return step == of;
    }
}
