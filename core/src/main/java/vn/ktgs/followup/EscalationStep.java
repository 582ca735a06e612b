package vn.ktgs.followup;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Bước đôn đốc: one step of the escalation of an overdue item — from {@code afterDays} days overdue on, the item
 * is brought to the members of the roles {@code to}.
 *
 * @param afterDays the days overdue from which the step applies (1: the first day after the due day)
 * @param to the roles it addresses, in the order the data gives them, each once, at least one
 */
public record EscalationStep(int afterDays, List<EscalationRole> to) {

    public EscalationStep {
        to = List.copyOf(to);
        if (afterDays < 1) {
            throw new IllegalArgumentException("a step applies from one day overdue on, not " + afterDays);
        }
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a step addresses at least one role");
        }
        if (new HashSet<>(to).size() != to.size()) {
            throw new IllegalArgumentException("a step names each role once: " + to);
        }
        Objects.requireNonNull(to.get(0));
    }

    /** A step addressing the given roles from {@code afterDays} days overdue on. */
    public static EscalationStep after(int afterDays, EscalationRole... to) {
        return new EscalationStep(afterDays, List.of(to));
    }
}
