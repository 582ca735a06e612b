package vn.ktgs.report;

import java.util.List;
import java.util.Optional;
import vn.ktgs.organisation.OrganisationId;

/** Port: where periodic reports are stored. */
public interface Reports {

    Optional<Report> find(ReportId id);

    /** The report of an organisation for a period; there is at most one. */
    Optional<Report> findFor(OrganisationId organisation, ReportingPeriod period);

    /** Every report of an organisation, ordered by period. */
    List<Report> ofOrganisation(OrganisationId organisation);

    /** Every report of a period, ordered by organisation id. */
    List<Report> ofPeriod(ReportingPeriod period);

    /**
     * Stores a new report ({@code version == 1}) or the next version of a stored one.
     *
     * @throws vn.ktgs.common.ConflictException when the stored version is not {@code version - 1}, or when
     *     another report exists for the same organisation and period
     */
    void save(Report report);
}
