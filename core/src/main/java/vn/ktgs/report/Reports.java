package vn.ktgs.report;

import java.util.List;
import java.util.Optional;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.organisation.OrganisationId;

/** Port: where periodic reports are stored. */
public interface Reports {

    Optional<Report> find(ReportId id);

    /** The report of an organisation for a period; there is at most one. */
    Optional<Report> findFor(OrganisationId organisation, ReportingPeriod period);

    /** Every report of an organisation, ordered by period. */
    List<Report> ofOrganisation(OrganisationId organisation);

    /**
     * One page of {@link #ofOrganisation(OrganisationId)}, in the same order.
     * The default cuts {@link Page#of the whole list}: an implementation over a large store should override it.
     */
    default Page<Report> ofOrganisation(OrganisationId organisation, PageRequest request) {
        return Page.of(ofOrganisation(organisation), request);
    }

    /** Every report of a period, ordered by organisation id. */
    List<Report> ofPeriod(ReportingPeriod period);

    /**
     * One page of {@link #ofPeriod(ReportingPeriod)}, in the same order.
     * The default cuts {@link Page#of the whole list}: an implementation over a large store should override it.
     */
    default Page<Report> ofPeriod(ReportingPeriod period, PageRequest request) {
        return Page.of(ofPeriod(period), request);
    }

    /**
     * Stores a new report ({@code version == 1}) or the next version of a stored one.
     *
     * @throws vn.ktgs.common.ConflictException when the stored version is not {@code version - 1}, or when
     *     another report exists for the same organisation and period
     */
    void save(Report report);
}
