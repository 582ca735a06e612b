package vn.ktgs.followup;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ktgs.activity.ActivityId;
import vn.ktgs.activity.RecommendationId;
import vn.ktgs.document.DocumentId;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.report.ReportingPeriod;

/**
 * Việc quá hạn: one piece of work overdue on a day, with the organisation that owes it, the member responsible and
 * the step of escalation it has reached. Which of the references is set depends on the kind: a plan (its plan, when
 * one is drafted), an item (plan and item, and the record when one is open), a recommendation (its record and
 * itself), a report (its period), a cell without an assigned member (none), a member not reached (the document and
 * the member).
 *
 * @param key the item's identity, stable across runs ({@link OverdueKey})
 * @param organisation the organisation that owes the work
 * @param subject what is owed, as the records name it (the plan's title, the item's content, the recommendation's
 *     text, the document's number and title; empty for a report, whose period says it, and for a cell without an
 *     assigned member)
 * @param due the last day it was due on
 * @param daysOverdue days from {@code due} to the day asked about (at least 1)
 * @param responsible who must do it: the item's responsible member, a recommendation's addressee when a member
 *     (else the secretary of the organisation addressed), the organisation's secretary for a plan, a report or a
 *     member not reached, the secretary of the committee above for a cell without an assigned member;
 *     {@code null} when there is no such secretary that day
 * @param document the document being disseminated, for a member not reached
 * @param member the member not reached
 * @param confidential whether it comes from an inspection on signs of violation, whose existence only readers of
 *     confidential content may know
 * @param escalation the step reached on the day; {@code null} before the first step's delay
 */
public record Overdue(
        OverdueKey key,
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
        @Nullable DocumentId document,
        @Nullable MemberId member,
        boolean confidential,
        @Nullable Escalation escalation) {

    public Overdue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(due, "due");
        if (daysOverdue < 1) {
            throw new IllegalArgumentException("overdue means at least one day after the due day");
        }
    }

    /** The kind of work overdue. */
    public OverdueKind kind() {
        return key.kind();
    }

    public Optional<MemberId> responsibleMember() {
        return Optional.ofNullable(responsible);
    }

    public Optional<Escalation> step() {
        return Optional.ofNullable(escalation);
    }

    /** The same item at another step of escalation (the service sets it). */
    Overdue escalated(@Nullable Escalation at) {
        return new Overdue(key, organisation, subject, due, daysOverdue, responsible, plan, item, activity,
                recommendation, period, document, member, confidential, at);
    }
}
