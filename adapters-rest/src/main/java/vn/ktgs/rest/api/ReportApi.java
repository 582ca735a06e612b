package vn.ktgs.rest.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportFigures;
import vn.ktgs.report.ReportStatus;
import vn.ktgs.report.Timeliness;
import vn.ktgs.report.TimelinessLine;

/** Bodies of the report resources. */
public final class ReportApi {

    private ReportApi() {
    }

    /**
     * Lập báo cáo.
     *
     * @param period the period's code, for example {@code 2025-Q1}
     */
    public record CompileRequest(UUID organisation, String period, String narrative) {
    }

    /** Sửa phần đánh giá. */
    public record NarrativeRequest(String narrative) {
    }

    /** Trả lại báo cáo. */
    public record ReturnRequest(String reason) {
    }

    /** The figures of a report, as {@code ReportFigures} defines them. */
    public record FiguresView(int plansAdopted, int itemsPlanned, int itemsConcluded, int activitiesOpened,
                              int unplannedInspections, int membersReached, int violationsFound,
                              int disciplineDecisions, int recommendationsMade, int recommendationsClosed,
                              int coordinations) {
        public static FiguresView of(ReportFigures f) {
            return new FiguresView(f.plansAdopted(), f.itemsPlanned(), f.itemsConcluded(), f.activitiesOpened(),
                    f.unplannedInspections(), f.membersReached(), f.violationsFound(), f.disciplineDecisions(),
                    f.recommendationsMade(), f.recommendationsClosed(), f.coordinations());
        }
    }

    /** A submission and its return. */
    public record SubmissionView(LocalDate submittedOn, @Nullable LocalDate returnedOn, @Nullable String returnReason) {
    }

    /** A periodic report. */
    public record ReportView(UUID id, UUID organisation, String period, FiguresView figures, LocalDate computedOn,
                             String narrative, ReportStatus status, List<SubmissionView> submissions, long version)
            implements Versioned {
        public static ReportView of(Report r) {
            return new ReportView(r.id().value(), r.organisation().value(), r.period().toString(),
                    FiguresView.of(r.figures()), r.computedOn(), r.narrative(), r.status(),
                    r.submissions().stream().map(s -> new SubmissionView(s.submittedOn(), s.returnedOn(),
                            s.returnReason())).toList(), r.version());
        }

        @Override
        public String self() {
            return "/reports/" + id;
        }
    }

    /** One organisation's report of a period against its deadline. */
    public record TimelinessView(UUID organisation, String code, String name, String period, Timeliness status,
                                 @Nullable LocalDate submittedOn, LocalDate deadline, long daysLate) {
        public static TimelinessView of(TimelinessLine l) {
            return new TimelinessView(l.organisation().value(), l.code(), l.name(), l.period().toString(), l.status(),
                    l.submittedOn(), l.deadline(), l.daysLate());
        }
    }

    /**
     * The reports of a year as a matrix: the required periods, and one line per organisation and period (the
     * organisation itself for a cell, every cell below for a committee), judged today.
     */
    public record ReportingYearView(UUID organisation, int year, List<String> periods, List<TimelinessView> lines) {
    }
}
