package vn.ktgs;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.ktgs.activity.Activity;
import vn.ktgs.plan.Target;
import vn.ktgs.scoring.Indicator;

/**
 * Phạm vi được xem: what one caller may see of the records an indicator counted in one organisation (from
 * {@link GuardedScoring#disclosure}). Everything for a caller who may read the organisation's confidential content;
 * otherwise the ids of its inspections on signs of violation and of their recommendations are left out of every
 * list, the lists of the violation indicators are empty (which records found violations is confidential content),
 * and the members counted as covered are only those a record the caller may read names as a target. The counts
 * stay: figures are counts, and readers see them.
 */
@FunctionalInterface
public interface Disclosure {

    /** The ids of {@code counted} the caller may see, in their order. */
    List<UUID> visible(Indicator indicator, List<UUID> counted);

    /**
     * The disclosure of one organisation's records: everything when {@code confidential} (the reader may read its
     * confidential content), otherwise as the type describes, from the organisation's {@code records}.
     */
    static Disclosure of(boolean confidential, List<Activity> records) {
        if (confidential) {
            return (indicator, counted) -> counted;
        }
        Set<Indicator> withheld = EnumSet.of(Indicator.VIOLATIONS_FOUND, Indicator.VIOLATIONS_HANDLED);
        Set<UUID> hidden = new HashSet<>();
        Set<UUID> targeted = new HashSet<>();
        for (Activity a : records) {
            if (a.isPlanned()) {
                for (Target t : a.targets()) {
                    if (t instanceof Target.OfMember m) {
                        targeted.add(m.member().value());
                    }
                }
            } else {
                hidden.add(a.id().value());
                a.recommendations().forEach(r -> hidden.add(r.id().value()));
            }
        }
        return (indicator, counted) -> {
            if (withheld.contains(indicator)) {
                return List.of();
            }
            if (indicator == Indicator.MEMBER_COVERAGE) {
                return counted.stream().filter(targeted::contains).toList();
            }
            return hidden.isEmpty() ? counted : counted.stream().filter(id -> !hidden.contains(id)).toList();
        };
    }
}
