package vn.ktgs.report;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ktgs.activity.Activities;
import vn.ktgs.common.BeanValidation;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.Entity;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Texts;
import vn.ktgs.common.Violation;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationService;
import vn.ktgs.plan.Plans;
import vn.ktgs.report.ReportCommands.Compile;
import vn.ktgs.report.ReportCommands.EditNarrative;
import vn.ktgs.report.ReportCommands.Recompute;
import vn.ktgs.report.ReportCommands.Return;
import vn.ktgs.report.ReportCommands.Submit;

/**
 * Báo cáo định kỳ (S9): compiles each organisation's periodic report from its records once the period has ended,
 * keeps its narrative, submits it to the executive committee, takes it back when returned, and tells which
 * cells reported on time, late, or not at all.
 *
 * <p>Every command is checked whole: a rejected command reports every violation and stores nothing. A command on
 * a report that does not exist throws {@link NotFoundException}; one based on a stale version throws
 * {@link ConflictException}.
 */
public final class ReportService {

    private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);

    private final Reports reports;
    private final OrganisationService organisations;
    private final ReportingSchedule schedule;
    private final FigureCalculator calculator;
    private final BeanValidation validation;
    private final Clock clock;

    public ReportService(Reports reports, Plans plans, Activities activities, OrganisationService organisations,
                         ReportingSchedule schedule, Validator validator, Clock clock) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.calculator = new FigureCalculator(plans, activities, organisations, schedule);
        this.validation = new BeanValidation(Objects.requireNonNull(validator, "validator"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---------------------------------------------------------------- commands

    /**
     * Compiles the draft report of an organisation for a period, with figures computed today. Rejected when the
     * organisation is unknown, the period code names no period, the schedule does not require that kind of
     * period, the period's data window has not ended (today is on or before its last day), or the organisation
     * already has a report for the period.
     */
    public Outcome<Report> compile(Compile cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        LocalDate today = LocalDate.now(clock);
        Optional<Organisation> organisation = organisations.findOrganisation(cmd.organisation());
        if (organisation.isEmpty()) {
            v.add(Violation.of("organisation", "ktgs.organisation.unknown", "id", cmd.organisation()));
        }
        Optional<ReportingPeriod> period = ReportingPeriod.tryParse(cmd.period());
        if (period.isEmpty()) {
            v.add(Violation.of("period", "ktgs.report.period.invalid", "value", cmd.period()));
        } else {
            ReportingPeriod p = period.get();
            if (!schedule.isRequired(p.kind())) {
                v.add(Violation.of("period", "ktgs.report.period.notRequired", "period", p,
                        "kind", p.kind()));
            }
            LocalDate end = schedule.windowEnd(p);
            if (!today.isAfter(end)) {
                v.add(Violation.of("period", "ktgs.report.period.notEnded", "period", p, "end", end));
            }
            if (organisation.isPresent() && reports.findFor(organisation.get().id(), p).isPresent()) {
                v.add(Violation.of("period", "ktgs.report.duplicate", "period", p,
                        "organisation", organisation.get().name()));
            }
        }
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        ReportingPeriod p = period.orElseThrow();
        OrganisationId id = organisation.orElseThrow().id();
        Report report = Report.draft(id, p, calculator.figures(id, p), today, Texts.nfc(cmd.narrative()));
        reports.save(report);
        LOG.debug("compiled report {} of {} for {}", report.id(), id, p);
        return Outcome.accepted(report);
    }

    /** Recomputes the figures of a draft or returned report from the records as they are today. */
    public Outcome<Report> recompute(Recompute cmd) {
        return edit(cmd, cmd.report(), cmd.expectedVersion(), report -> report.withFigures(
                calculator.figures(report.organisation(), report.period()), LocalDate.now(clock)));
    }

    /** Replaces the narrative of a draft or returned report. */
    public Outcome<Report> editNarrative(EditNarrative cmd) {
        return edit(cmd, cmd.report(), cmd.expectedVersion(),
                report -> report.withNarrative(Texts.nfc(cmd.narrative())));
    }

    /** Applies {@code change} to a draft or returned report after checking the command; a submitted one is immutable. */
    private Outcome<Report> edit(Object cmd, @Nullable ReportId id, long expectedVersion,
                                 java.util.function.UnaryOperator<Report> change) {
        List<Violation> v = validation.check(cmd);
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        Report report = current(java.util.Objects.requireNonNull(id, "id"), expectedVersion);
        if (!report.status().isEditable()) {
            return immutable(report);
        }
        Report saved = change.apply(report);
        reports.save(saved);
        return Outcome.accepted(saved);
    }

    /** Submits a draft or returned report to the executive committee today; a standing submission cannot repeat. */
    public Outcome<Report> submit(Submit cmd) {
        List<Violation> v = validation.check(cmd);
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        Report report = current(cmd.report(), cmd.expectedVersion());
        if (report.status() == ReportStatus.SUBMITTED) {
            return Outcome.rejected(List.of(Violation.of("report", "ktgs.report.alreadySubmitted",
                    "period", report.period(), "day", report.lastSubmission().orElseThrow().submittedOn())));
        }
        Report saved = report.submittedOn(LocalDate.now(clock));
        reports.save(saved);
        LOG.debug("submitted report {} for {}", saved.id(), saved.period());
        return Outcome.accepted(saved);
    }

    /** The executive committee returns a submitted report today, with the reason; it can then be edited. */
    public Outcome<Report> returnReport(Return cmd) {
        List<Violation> v = validation.check(cmd);
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        Report report = current(cmd.report(), cmd.expectedVersion());
        if (report.status() != ReportStatus.SUBMITTED) {
            return Outcome.rejected(List.of(Violation.of("report", "ktgs.report.notSubmitted",
                    "status", report.status())));
        }
        Report saved = report.returnedOn(LocalDate.now(clock), Texts.nfc(cmd.reason()));
        reports.save(saved);
        return Outcome.accepted(saved);
    }

    // ---------------------------------------------------------------- queries

    /** The report, or {@link NotFoundException}. */
    public Report report(ReportId id) {
        return reports.find(id).orElseThrow(() -> new NotFoundException(Entity.REPORT, id));
    }

    /** The report of an organisation for a period, if compiled. */
    public Optional<Report> reportFor(OrganisationId organisation, ReportingPeriod period) {
        return reports.findFor(organisation, period);
    }

    /** The figures the organisation's report for the period would have if compiled now; nothing is stored. */
    public ReportFigures figures(OrganisationId organisation, ReportingPeriod period) {
        return calculator.figures(organisation, period);
    }

    /**
     * Whether the organisation's report of the period came in on time, judged today on its first submission.
     *
     * @throws NotFoundException when the organisation does not exist
     */
    public TimelinessLine timelinessOf(OrganisationId organisation, ReportingPeriod period) {
        return line(organisations.organisation(organisation), period, LocalDate.now(clock));
    }

    /**
     * Theo dõi nộp báo cáo: one line per cell below the committee (ordered by cell code) that was established
     * by the last day of the period's data window, with its timeliness for the period, judged today.
     *
     * @throws NotFoundException when the committee does not exist
     */
    public List<TimelinessLine> timeliness(OrganisationId committee, ReportingPeriod period) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = schedule.windowEnd(period);
        return organisations.cellsUnder(committee).stream()
                .filter(c -> !c.id().equals(committee) && !c.established().isAfter(end))
                .map(c -> line(c, period, today))
                .toList();
    }

    /** The reporting schedule the service works to (required kinds, windows, deadlines). */
    public ReportingSchedule schedule() {
        return schedule;
    }

    private TimelinessLine line(Organisation organisation, ReportingPeriod period, LocalDate today) {
        LocalDate deadline = schedule.deadline(period);
        Optional<LocalDate> submitted = reports.findFor(organisation.id(), period)
                .flatMap(Report::firstSubmittedOn);
        Timeliness status;
        long daysLate;
        if (submitted.isPresent()) {
            daysLate = Math.max(0, ChronoUnit.DAYS.between(deadline, submitted.get()));
            status = daysLate > 0 ? Timeliness.LATE : Timeliness.ON_TIME;
        } else if (today.isAfter(deadline)) {
            status = Timeliness.MISSING;
            daysLate = ChronoUnit.DAYS.between(deadline, today);
        } else {
            status = Timeliness.NOT_DUE;
            daysLate = 0;
        }
        return new TimelinessLine(organisation.id(), organisation.code(), organisation.name(), period, status,
                submitted.orElse(null), deadline, daysLate);
    }

    private Report current(ReportId id, long expectedVersion) {
        Report report = report(id);
        if (report.version() != expectedVersion) {
            throw new ConflictException("Report", id, expectedVersion, report.version());
        }
        return report;
    }

    private Outcome<Report> immutable(Report report) {
        return Outcome.rejected(List.of(Violation.of("report", "ktgs.report.submitted.immutable",
                "period", report.period())));
    }

}
