package vn.ktgs.activity;

import java.util.List;
import java.util.Optional;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.PlanId;

/** Port: where execution records are stored. */
public interface Activities {

    Optional<Activity> find(ActivityId id);

    /** Every record of an organisation, ordered by opening day then id. */
    List<Activity> ofOrganisation(OrganisationId organisation);

    /**
     * One page of {@link #ofOrganisation(OrganisationId)}, in the same order.
     * The default cuts {@link Page#of the whole list}: an implementation over a large store should override it.
     */
    default Page<Activity> ofOrganisation(OrganisationId organisation, PageRequest request) {
        return Page.of(ofOrganisation(organisation), request);
    }

    /**
     * One page of the records of an organisation that carry out a plan item (inspections on signs of violation left
     * out: what a reader without the right to read confidential content may list), in the order of
     * {@link #ofOrganisation(OrganisationId)}. The default filters the whole list: an implementation over a large
     * store should override it.
     */
    default Page<Activity> plannedOf(OrganisationId organisation, PageRequest request) {
        return Page.of(ofOrganisation(organisation).stream().filter(Activity::isPlanned).toList(), request);
    }

    /** Every record carrying out an item of the plan, ordered by opening day then id. */
    List<Activity> ofPlan(PlanId plan);

    /**
     * One page of {@link #ofPlan(PlanId)}, in the same order.
     * The default cuts {@link Page#of the whole list}: an implementation over a large store should override it.
     */
    default Page<Activity> ofPlan(PlanId plan, PageRequest request) {
        return Page.of(ofPlan(plan), request);
    }

    /**
     * Stores a new record ({@code version == 1}) or the next version of a stored one.
     *
     * @throws vn.ktgs.common.ConflictException when the stored version is not {@code version - 1}
     */
    void save(Activity activity);
}
