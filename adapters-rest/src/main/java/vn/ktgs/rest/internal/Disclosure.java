package vn.ktgs.rest.internal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.ktgs.access.Action;
import vn.ktgs.access.Caller;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ActivityService;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.Target;
import vn.ktgs.rest.api.ScoringApi.RecordFilter;
import vn.ktgs.scoring.Indicator;

/**
 * What a caller may see of the records an indicator counted in one organisation: everything for a caller who may
 * read its confidential content ({@link Action#READ_CONFIDENTIAL}); otherwise the ids of its inspections on signs of
 * violation and of their recommendations are left out of every list, the lists of the violation indicators are
 * empty (which records found violations is confidential content), and the members counted as covered are only
 * those a record the caller may read names as a target. The counts stay: report figures are counts and are
 * visible to readers.
 */
public final class Disclosure {

    /** The indicators whose records are themselves confidential: which records found (and handled) violations. */
    private static final Set<Indicator> CONFIDENTIAL = EnumSet.of(Indicator.VIOLATIONS_FOUND,
            Indicator.VIOLATIONS_HANDLED);

    private Disclosure() {
    }

    /** The filter of {@code organisation}'s records for {@code caller}. */
    public static RecordFilter of(Guard guard, ActivityService activities, Caller caller,
                                  OrganisationId organisation) {
        if (guard.allows(caller, Action.READ_CONFIDENTIAL, organisation)) {
            return (indicator, counted) -> counted;
        }
        Set<UUID> hidden = new HashSet<>();
        Set<UUID> targeted = new HashSet<>();
        for (Activity a : activities.ofOrganisation(organisation)) {
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
            if (CONFIDENTIAL.contains(indicator)) {
                return List.of();
            }
            if (indicator == Indicator.MEMBER_COVERAGE) {
                return counted.stream().filter(targeted::contains).toList();
            }
            return hidden.isEmpty() ? counted : counted.stream().filter(id -> !hidden.contains(id)).toList();
        };
    }
}
