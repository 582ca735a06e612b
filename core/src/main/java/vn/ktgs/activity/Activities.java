package vn.ktgs.activity;

import java.util.List;
import java.util.Optional;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.PlanId;

/** Port: where execution records are stored. */
public interface Activities {

    Optional<Activity> find(ActivityId id);

    /** Every record of an organisation, ordered by opening day then id. */
    List<Activity> ofOrganisation(OrganisationId organisation);

    /** Every record carrying out an item of the plan, ordered by opening day then id. */
    List<Activity> ofPlan(PlanId plan);

    /**
     * Stores a new record ({@code version == 1}) or the next version of a stored one.
     *
     * @throws vn.ktgs.common.ConflictException when the stored version is not {@code version - 1}
     */
    void save(Activity activity);
}
