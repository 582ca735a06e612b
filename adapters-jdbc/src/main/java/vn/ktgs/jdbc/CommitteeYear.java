package vn.ktgs.jdbc;

import java.util.List;
import java.util.Objects;
import vn.ktgs.activity.Activity;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.Plan;
import vn.ktgs.report.Report;

/**
 * Năm công tác của một đảng bộ: everything the scoring and reporting of one committee and year read, loaded
 * set-based in a fixed number of statements (see {@link JdbcPorts#committeeYear(OrganisationId, int)}).
 *
 * @param organisations the committee and every organisation below it, ordered by code
 * @param plans their plans of the year, ordered by organisation id
 * @param activities their records opened or concluded in the year, ordered by opening day then id
 * @param reports their reports of periods of the year, ordered by organisation id then period
 */
public record CommitteeYear(OrganisationId committee, int year, List<Organisation> organisations, List<Plan> plans,
                            List<Activity> activities, List<Report> reports) {

    public CommitteeYear {
        Objects.requireNonNull(committee, "committee");
        organisations = List.copyOf(organisations);
        plans = List.copyOf(plans);
        activities = List.copyOf(activities);
        reports = List.copyOf(reports);
    }
}
