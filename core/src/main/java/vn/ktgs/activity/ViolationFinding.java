package vn.ktgs.activity;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ktgs.plan.Target;

/**
 * Vi phạm: a violation found by an inspection, with its severity and whether it is serious enough to consider
 * discipline.
 *
 * @param target whom it concerns; {@code null} when the finding concerns the work in general
 */
public record ViolationFinding(@Nullable Target target, String description, Severity severity,
                               boolean disciplineToBeConsidered) {
    public ViolationFinding {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(severity, "severity");
    }

    public Optional<Target> concerns() {
        return Optional.ofNullable(target);
    }
}
