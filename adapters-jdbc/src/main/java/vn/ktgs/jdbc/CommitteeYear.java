package vn.ktgs.jdbc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.ktgs.activity.Activity;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.Plan;
import vn.ktgs.report.Report;
import vn.ktgs.scoring.CellRecords;

/**
 * Năm công tác của một đảng bộ: everything the scoring and reporting of one committee and year read, loaded
 * set-based in a fixed number of statements (see {@link JdbcPorts#committeeYear(OrganisationId, int)}).
 *
 * @param organisations the committee and every organisation below it, ordered by code
 * @param members every member who belongs or belonged to, or held a role in, one of them, ordered by code
 * @param plans their plans of the year, ordered by organisation id
 * @param activities their records opened or concluded in the year, ordered by opening day then id
 * @param reports their reports of periods of the year, ordered by organisation id then period
 */
public record CommitteeYear(OrganisationId committee, int year, List<Organisation> organisations,
                            List<Member> members, List<Plan> plans, List<Activity> activities, List<Report> reports) {

    public CommitteeYear {
        Objects.requireNonNull(committee, "committee");
        organisations = List.copyOf(organisations);
        members = List.copyOf(members);
        plans = List.copyOf(plans);
        activities = List.copyOf(activities);
        reports = List.copyOf(reports);
    }

    /** The cells among the organisations, each with its people, plan of the year, records and reports. */
    public List<CellRecords> cells() {
        Map<OrganisationId, List<Member>> people = new HashMap<>();
        for (Member m : members) {
            Set<OrganisationId> seen = new HashSet<>();
            m.memberships().forEach(ms -> seen.add(ms.organisation()));
            m.roles().forEach(r -> seen.add(r.organisation()));
            seen.forEach(o -> people.computeIfAbsent(o, k -> new ArrayList<>()).add(m));
        }
        Map<OrganisationId, Plan> planOf = new HashMap<>();
        plans.forEach(p -> planOf.put(p.organisation(), p));
        Map<OrganisationId, List<Activity>> recordsOf = new HashMap<>();
        activities.forEach(a -> recordsOf.computeIfAbsent(a.organisation(), k -> new ArrayList<>()).add(a));
        Map<OrganisationId, List<Report>> reportsOf = new HashMap<>();
        reports.forEach(r -> reportsOf.computeIfAbsent(r.organisation(), k -> new ArrayList<>()).add(r));
        List<CellRecords> out = new ArrayList<>();
        for (Organisation o : organisations) {
            if (o.kind().isCell()) {
                out.add(new CellRecords(o, people.getOrDefault(o.id(), List.of()), planOf.get(o.id()),
                        recordsOf.getOrDefault(o.id(), List.of()), reportsOf.getOrDefault(o.id(), List.of())));
            }
        }
        return out;
    }
}
