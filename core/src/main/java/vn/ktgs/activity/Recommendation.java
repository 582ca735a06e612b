package vn.ktgs.activity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ktgs.plan.Target;

/**
 * Kiến nghị: a recommendation of a conclusion, due by a day, followed up until it is carried out.
 *
 * @param addressee whom it is addressed to; {@code null} for the organisation that concluded
 * @param closedOn the day it was found carried out; {@code null} while open
 * @param followUpNote what the follow-up found (empty string when none)
 */
public record Recommendation(
        RecommendationId id,
        String text,
        @Nullable Target addressee,
        LocalDate due,
        RecommendationStatus status,
        @Nullable LocalDate closedOn,
        String followUpNote) {

    public Recommendation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(followUpNote, "followUpNote");
        if ((status == RecommendationStatus.CLOSED) != (closedOn != null)) {
            throw new IllegalArgumentException("a recommendation has a closing day exactly when it is closed");
        }
    }

    public Optional<LocalDate> closed() {
        return Optional.ofNullable(closedOn);
    }

    /** Whether it was closed on or before its due day. */
    public boolean closedInTime() {
        return closedOn != null && !closedOn.isAfter(due);
    }
}
