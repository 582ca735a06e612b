package vn.ktgs.followup;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ktgs.activity.ActivityId;
import vn.ktgs.activity.RecommendationId;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.report.ReportingPeriod;

/**
 * Việc quá hạn: one piece of work overdue on a day, with the organisation that owes it and the member responsible.
 * Which of the references is set depends on the kind: a plan (its plan, when one is drafted), an item (plan and
 * item, and the record when one is open), a recommendation (its record and itself), a report (its period).
 *
 * @param organisation the organisation that owes the work
 * @param subject what is owed, as the records name it (the plan's title, the item's content, the recommendation's
 *     text; empty for a report, whose period says it)
 * @param due the last day it was due on
 * @param daysOverdue days from {@code due} to the day asked about (at least 1)
 * @param responsible who must do it: the item's responsible member, a recommendation's addressee when a member
 *     (else the secretary of the organisation addressed), the organisation's secretary for a plan or a report;
 *     {@code null} when the organisation has no secretary that day
 * @param confidential whether it comes from an inspection on signs of violation, whose existence only readers of
 *     confidential content may know
 */
public record Overdue(
        OverdueKind kind,
        OrganisationId organisation,
        String subject,
        LocalDate due,
        long daysOverdue,
        @Nullable MemberId responsible,
        @Nullable PlanId plan,
        @Nullable PlanItemId item,
        @Nullable ActivityId activity,
        @Nullable RecommendationId recommendation,
        @Nullable ReportingPeriod period,
        boolean confidential) {

    public Overdue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(due, "due");
        if (daysOverdue < 1) {
            throw new IllegalArgumentException("overdue means at least one day after the due day");
        }
    }

    public Optional<MemberId> responsibleMember() {
        return Optional.ofNullable(responsible);
    }
}
