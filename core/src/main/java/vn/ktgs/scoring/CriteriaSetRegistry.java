package vn.ktgs.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Violation;

/**
 * Danh mục bộ tiêu chí: the criteria sets a system knows, and which one is in force on a day.
 *
 * <p>Precedence: a set registered by the {@link Layer#HOST} wins over a {@link Layer#PROVINCE} set, which wins
 * over a {@link Layer#SHIPPED} one, among the sets in force on the day. Within one layer the set that came into
 * force last wins, then the higher version. Thread-safe.
 */
public final class CriteriaSetRegistry {

    /** Where a set comes from, lowest precedence first. */
    public enum Layer implements Labelled {
        /** Shipped with the library as a default. */
        SHIPPED,
        /** The province's own set. */
        PROVINCE,
        /** The host system's own set or override. */
        HOST;

        @Override
        public String label(Locale locale) {
            return Messages.label(this, locale);
        }
    }

    /** A set and the layer it was registered in. */
    public record Registered(CriteriaSet set, Layer layer) {
    }

    private final List<Registered> sets = new ArrayList<>();

    /** Registers a sound set; rejects an unsound one or a second set with the same id and version. */
    public synchronized Outcome<CriteriaSet> register(CriteriaSet set, Layer layer) {
        List<Violation> v = new ArrayList<>(CriteriaSetRules.check(set));
        if (find(set.id(), set.version()).isPresent()) {
            v.add(Violation.of("id", "ktgs.scoring.set.duplicate", "id", set.id(), "version", set.version()));
        }
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        sets.add(new Registered(set, layer));
        return Outcome.accepted(set);
    }

    /** The set in force on {@code day} under the precedence rules, if any. */
    public synchronized Optional<CriteriaSet> inForceOn(LocalDate day) {
        return sets.stream().filter(r -> r.set().inForceOn(day))
                .max(Comparator.comparing(Registered::layer)
                        .thenComparing(r -> r.set().inForce().from())
                        .thenComparingInt(r -> r.set().version()))
                .map(Registered::set);
    }

    public synchronized Optional<CriteriaSet> find(String id, int version) {
        return sets.stream().map(Registered::set).filter(s -> s.id().equals(id) && s.version() == version).findFirst();
    }

    /** Every registered set, in registration order. */
    public synchronized List<Registered> all() {
        return List.copyOf(sets);
    }
}
