package vn.ktgs.plan;

import java.util.List;
import java.util.Optional;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.organisation.OrganisationId;

/** Port: where annual plans are stored. */
public interface Plans {

    Optional<Plan> find(PlanId id);

    /** The plan of an organisation for a year; there is at most one. */
    Optional<Plan> findFor(OrganisationId organisation, int year);

    /** Every plan of a year, ordered by organisation id. */
    List<Plan> ofYear(int year);

    /**
     * One page of {@link #ofYear(int)}, in the same order.
     * The default cuts {@link Page#of the whole list}: an implementation over a large store should override it.
     */
    default Page<Plan> ofYear(int year, PageRequest request) {
        return Page.of(ofYear(year), request);
    }

    /**
     * Stores a new plan ({@code version == 1}) or the next version of a stored one.
     *
     * @throws vn.ktgs.common.ConflictException when the stored version is not {@code version - 1}, or when
     *     another plan exists for the same organisation and year
     */
    void save(Plan plan);
}
