package vn.ktgs.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ktgs.organisation.OrganisationId;

/**
 * Dòng theo dõi nộp báo cáo: one organisation's report of one period against its deadline.
 *
 * @param submittedOn the day the report was first submitted; {@code null} when it never was
 * @param deadline the last day on which it is on time
 * @param daysLate for {@link Timeliness#LATE}, days from the deadline to the first submission; for
 *     {@link Timeliness#MISSING}, days from the deadline to today; otherwise 0
 */
public record TimelinessLine(
        OrganisationId organisation,
        String code,
        String name,
        ReportingPeriod period,
        Timeliness status,
        @Nullable LocalDate submittedOn,
        LocalDate deadline,
        long daysLate) {

    public TimelinessLine {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(deadline, "deadline");
        if (daysLate < 0) {
            throw new IllegalArgumentException("daysLate is never negative");
        }
        if ((submittedOn != null) != (status == Timeliness.ON_TIME || status == Timeliness.LATE)) {
            throw new IllegalArgumentException("a submission day exactly when the report was submitted");
        }
    }

    /** The day of the first submission, if any. */
    public Optional<LocalDate> firstSubmitted() {
        return Optional.ofNullable(submittedOn);
    }
}
