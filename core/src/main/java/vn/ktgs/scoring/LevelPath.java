package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Đường lên một mức: the least further work that raises a cell to {@code level} ({@link WhatItTakes} says what
 * "least" means), or why the level cannot be reached any more this year.
 *
 * @param reachable whether some work still possible reaches the level
 * @param steps the steps, in the order of the criteria set's criteria; empty when not reachable
 * @param total the projected total once the steps are done; {@code null} when not reachable
 * @param notes for a reachable level, what else it rests on (the quota's bar given the other cells); for one not
 *     reachable, every reason why (a gate no step can lift, the most points still possible, the quota)
 */
public record LevelPath(Level level, boolean reachable, List<Step> steps, @Nullable BigDecimal total,
                        List<Reason> notes) {

    public LevelPath {
        Objects.requireNonNull(level, "level");
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
        if (reachable != (total != null)) {
            throw new IllegalArgumentException("a reachable level has a total, and only it");
        }
    }

    /** The number of steps: the sum of every step's count. */
    public int stepCount() {
        return steps.stream().mapToInt(Step::count).sum();
    }

    /** The points the steps add to the criteria. */
    public BigDecimal points() {
        return steps.stream().map(Step::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Each note in the reader's language. */
    public List<String> noteTexts(Locale locale) {
        return notes.stream().map(r -> r.text(locale)).toList();
    }
}
