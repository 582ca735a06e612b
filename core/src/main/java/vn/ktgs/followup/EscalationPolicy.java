package vn.ktgs.followup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.ktgs.common.Violation;

/**
 * Quy trình đôn đốc: the steps by which an overdue item is raised, from a reminder to the person responsible up to
 * the standing committee, each with the days overdue from which it applies. The same steps serve every kind of
 * item unless {@code byKind} gives a kind its own.
 *
 * @param steps the steps of every kind without its own, by {@link EscalationStep#afterDays()} strictly increasing
 * @param byKind the steps of the kinds that have their own (same rules)
 */
public record EscalationPolicy(List<EscalationStep> steps, Map<OverdueKind, List<EscalationStep>> byKind) {

    public EscalationPolicy {
        steps = List.copyOf(steps);
        Map<OverdueKind, List<EscalationStep>> copy = new EnumMap<>(OverdueKind.class);
        byKind.forEach((k, v) -> copy.put(Objects.requireNonNull(k), List.copyOf(v)));
        byKind = Map.copyOf(copy);
        List<Violation> problems = new ArrayList<>(check(steps));
        byKind.forEach((k, v) -> check(v).forEach(p -> problems.add(p.under(k.name()))));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("unsound escalation steps: " + problems);
        }
    }

    /**
     * The problems of a list of steps, each with its path relative to the list ({@code [1].afterDays}): an empty
     * list, and delays that do not strictly increase. A reader of a data file reports them under its own path.
     */
    public static List<Violation> check(List<EscalationStep> steps) {
        List<Violation> v = new ArrayList<>();
        if (steps.isEmpty()) {
            v.add(Violation.of("", "ktgs.followup.steps.empty"));
        }
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).afterDays() <= steps.get(i - 1).afterDays()) {
                v.add(Violation.of("[" + i + "].afterDays", "ktgs.followup.steps.order",
                        "value", steps.get(i).afterDays(), "previous", steps.get(i - 1).afterDays()));
            }
        }
        return v;
    }

    /** The steps of {@code kind}: its own, or the common ones. */
    public List<EscalationStep> stepsFor(OverdueKind kind) {
        return byKind.getOrDefault(kind, steps);
    }

    /**
     * The number (1-based) of the step an item of {@code kind} has reached after {@code daysOverdue} days: the last
     * step whose delay is at most that; empty before the first step's delay.
     */
    public Optional<Integer> stepNumber(OverdueKind kind, long daysOverdue) {
        List<EscalationStep> list = stepsFor(kind);
        int found = 0;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).afterDays() <= daysOverdue) {
                found = i + 1;
            }
        }
        return found == 0 ? Optional.empty() : Optional.of(found);
    }
}
