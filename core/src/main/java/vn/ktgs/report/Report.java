package vn.ktgs.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ktgs.organisation.OrganisationId;

/**
 * Báo cáo định kỳ: an organisation's periodic report (S9) of one period, with the figures computed from its
 * records, the narrative written by the cell, and every submission to the executive committee. One per
 * organisation and period. A submitted report cannot change; the committee may return it, after which it can be
 * edited and submitted again.
 *
 * @param computedOn the day the figures were computed (the records may have changed since)
 * @param narrative the cell's own account: results, shortcomings, proposals (may be empty)
 * @param submissions every submission, oldest first; all but the last were returned
 * @param version the optimistic-concurrency version, 1 when first stored
 */
public record Report(
        ReportId id,
        OrganisationId organisation,
        ReportingPeriod period,
        ReportFigures figures,
        LocalDate computedOn,
        String narrative,
        ReportStatus status,
        List<Submission> submissions,
        long version) {

    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(computedOn, "computedOn");
        Objects.requireNonNull(narrative, "narrative");
        Objects.requireNonNull(status, "status");
        submissions = List.copyOf(submissions);
        for (int i = 0; i < submissions.size() - 1; i++) {
            if (!submissions.get(i).wasReturned()) {
                throw new IllegalArgumentException("only the last submission may be still standing");
            }
        }
        ReportStatus expected = submissions.isEmpty() ? ReportStatus.DRAFT
                : submissions.get(submissions.size() - 1).wasReturned() ? ReportStatus.RETURNED
                : ReportStatus.SUBMITTED;
        if (status != expected) {
            throw new IllegalArgumentException("status " + status + " does not fit the submissions (" + expected + ")");
        }
    }

    /** A new draft, version 1, not yet stored. */
    static Report draft(OrganisationId organisation, ReportingPeriod period, ReportFigures figures,
                        LocalDate computedOn, String narrative) {
        return new Report(ReportId.random(), organisation, period, figures, computedOn, narrative,
                ReportStatus.DRAFT, List.of(), 1);
    }

    /** The day of the first submission, on which lateness is judged. */
    public Optional<LocalDate> firstSubmittedOn() {
        return submissions.isEmpty() ? Optional.empty() : Optional.of(submissions.get(0).submittedOn());
    }

    /** The latest submission, if any. */
    public Optional<Submission> lastSubmission() {
        return submissions.isEmpty() ? Optional.empty() : Optional.of(submissions.get(submissions.size() - 1));
    }

    Report withFigures(ReportFigures next, LocalDate on) {
        return new Report(id, organisation, period, next, on, narrative, status, submissions, version + 1);
    }

    Report withNarrative(String next) {
        return new Report(id, organisation, period, figures, computedOn, next, status, submissions, version + 1);
    }

    Report submittedOn(LocalDate day) {
        List<Submission> next = new ArrayList<>(submissions);
        next.add(new Submission(day, null, null));
        return new Report(id, organisation, period, figures, computedOn, narrative, ReportStatus.SUBMITTED, next,
                version + 1);
    }

    Report returnedOn(LocalDate day, String reason) {
        List<Submission> next = new ArrayList<>(submissions);
        Submission last = next.remove(next.size() - 1);
        next.add(new Submission(last.submittedOn(), day, reason));
        return new Report(id, organisation, period, figures, computedOn, narrative, ReportStatus.RETURNED, next,
                version + 1);
    }

    /**
     * Lần gửi báo cáo: one submission to the executive committee, and its return when the committee sent it back.
     *
     * @param returnedOn the day it was returned; {@code null} while it stands
     * @param returnReason why it was returned; {@code null} while it stands
     */
    public record Submission(LocalDate submittedOn, @Nullable LocalDate returnedOn, @Nullable String returnReason) {

        public Submission {
            Objects.requireNonNull(submittedOn, "submittedOn");
            if ((returnedOn == null) != (returnReason == null)) {
                throw new IllegalArgumentException("a returned submission has both a day and a reason");
            }
            if (returnedOn != null && returnedOn.isBefore(submittedOn)) {
                throw new IllegalArgumentException("a submission cannot be returned before it was made");
            }
        }

        /** Whether the executive committee sent it back. */
        public boolean wasReturned() {
            return returnedOn != null;
        }

        public Optional<LocalDate> returned() {
            return Optional.ofNullable(returnedOn);
        }

        public Optional<String> reason() {
            return Optional.ofNullable(returnReason);
        }
    }
}
