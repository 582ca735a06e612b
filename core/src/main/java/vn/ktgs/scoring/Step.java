package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.Messages;

/**
 * Việc cần làm: {@code count} steps of one kind that {@link WhatItTakes} proposes, the records they can be done on
 * (any {@code count} of the {@code candidates}), and what they do to the criteria they move.
 *
 * @param candidates the items, members, reports or recommendations a step can be done on, soonest due first (then
 *     by name); empty for a kind done on a new record (a coordination, the secretary taking charge)
 * @param effects each criterion the steps move: its indicator and points before and after, in the order the steps
 *     are listed (a later step's effect counts from the earlier steps' result)
 * @param points the points these steps add to the criteria (before any rescaling of the total)
 */
public record Step(StepKind kind, int count, List<Candidate> candidates, List<Effect> effects, BigDecimal points) {

    public Step {
        Objects.requireNonNull(kind, "kind");
        if (count < 1) {
            throw new IllegalArgumentException("a step is done at least once");
        }
        candidates = List.copyOf(candidates);
        effects = List.copyOf(effects);
        Objects.requireNonNull(points, "points");
    }

    /** How many candidates a text names before "…". */
    static final int NAMED = 5;

    /** What to do, on which records, and what it is worth, in Vietnamese or English. */
    public String text(Locale locale) {
        StringBuilder on = new StringBuilder();
        for (int i = 0; i < candidates.size() && i < NAMED; i++) {
            if (i > 0) {
                on.append(", ");
            }
            on.append(candidates.get(i).text(locale));
        }
        if (candidates.size() > NAMED) {
            on.append(", …");
        }
        List<String> moved = new ArrayList<>();
        for (Effect e : effects) {
            moved.add(e.text(locale));
        }
        String key = "ktgs.guidance.step." + (candidates.isEmpty() ? "new" : count == candidates.size() ? "all" : "some");
        return Messages.format(key, locale, Map.of("kind", kind, "count", count, "of", candidates.size(),
                "candidates", on.toString(), "effects", String.join("; ", moved), "points", points));
    }

    /**
     * A record a step can be done on.
     *
     * @param id the item, member, report period's report (when one exists), or recommendation id; {@code null}
     *     for a report not yet drafted
     * @param name its name as a person reads it (an item's content, a member's name, a period's code)
     * @param due the last day the step counts on (an item's window end, a report's deadline, a recommendation's
     *     due day), or {@code null} when it counts any day of the year
     */
    public record Candidate(@Nullable UUID id, String name, @Nullable LocalDate due) {
        public Candidate {
            Objects.requireNonNull(name, "name");
        }

        String text(Locale locale) {
            return due == null ? name : Messages.format("ktgs.guidance.candidate.due", locale,
                    Map.of("name", name, "due", due.format(DAY)));
        }
    }

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * What the steps do to one criterion: the indicator's value and the criterion's points before and after, and
     * the band then matched ({@code null} for a rule without bands).
     */
    public record Effect(String criterion, LocalisedText label, Indicator indicator, String before, String after,
                         BigDecimal pointsBefore, BigDecimal pointsAfter, @Nullable Band band) {
        public Effect {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(pointsBefore, "pointsBefore");
            Objects.requireNonNull(pointsAfter, "pointsAfter");
        }

        String text(Locale locale) {
            return Messages.format(band == null ? "ktgs.guidance.effect" : "ktgs.guidance.effect.band", locale,
                    Map.of("criterion", label, "before", before, "after", after,
                            "pointsBefore", pointsBefore, "pointsAfter", pointsAfter,
                            "band", band == null ? "" : band.toString()));
        }
    }
}
