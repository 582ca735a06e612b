package vn.ktgs.rest.internal;

import vn.ktgs.access.Action;
import vn.ktgs.access.Caller;
import vn.ktgs.activity.ActivityService;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.rest.api.ScoringApi.RecordFilter;

/**
 * What a caller may see of the records an indicator counted in one organisation, as a {@link RecordFilter} of the
 * JSON views: the core's {@link vn.ktgs.Disclosure} (the resources take it from {@code ktgs.as(caller).scoring()}).
 */
public final class Disclosure {

    private Disclosure() {
    }

    /** The filter of {@code organisation}'s records for {@code caller}. */
    public static RecordFilter of(Guard guard, ActivityService activities, Caller caller,
                                  OrganisationId organisation) {
        boolean confidential = guard.allows(caller, Action.READ_CONFIDENTIAL, organisation);
        return of(vn.ktgs.Disclosure.of(confidential,
                confidential ? java.util.List.of() : activities.ofOrganisation(organisation)));
    }

    /** The core's disclosure as a filter of the views. */
    public static RecordFilter of(vn.ktgs.Disclosure disclosure) {
        return disclosure::visible;
    }
}
