package vn.ktgs.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Kết luận: what a cell conference (with minutes) concluded on strengths, shortcomings and violations.
 * Immutable once recorded; a correction is a new, linked activity.
 *
 * @param minutesReference the reference of the conference minutes (biên bản)
 */
public record Conclusion(
        LocalDate concludedOn,
        List<String> strengths,
        List<String> shortcomings,
        List<ViolationFinding> violations,
        String minutesReference) {

    public Conclusion {
        Objects.requireNonNull(concludedOn, "concludedOn");
        strengths = List.copyOf(strengths);
        shortcomings = List.copyOf(shortcomings);
        violations = List.copyOf(violations);
        Objects.requireNonNull(minutesReference, "minutesReference");
    }

    /** Whether any violation is serious enough to consider discipline. */
    public boolean disciplineToBeConsidered() {
        return violations.stream().anyMatch(ViolationFinding::disciplineToBeConsidered);
    }
}
