package vn.ktgs.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ktgs.activity.Activity;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.plan.Plan;
import vn.ktgs.report.Report;

/**
 * Hồ sơ của một chi bộ: everything the indicators of one organisation and one year are computed from, loaded
 * at once (from the ports, or set-based by an adapter).
 *
 * @param people the members who ever belonged to the organisation or held a role in it
 * @param plan the organisation's plan for the year, if any
 * @param activities the organisation's execution records (any year; the calculator picks the year's)
 * @param reports the organisation's periodic reports (any period; the calculator picks the year's)
 */
public record CellRecords(Organisation cell, List<Member> people, @Nullable Plan plan, List<Activity> activities,
                          List<Report> reports) {

    public CellRecords {
        Objects.requireNonNull(cell, "cell");
        people = List.copyOf(people);
        activities = List.copyOf(activities);
        reports = List.copyOf(reports);
    }

    public Optional<Plan> planOfYear() {
        return Optional.ofNullable(plan);
    }
}
