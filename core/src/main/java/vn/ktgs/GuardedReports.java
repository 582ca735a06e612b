package vn.ktgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ktgs.access.AccessDeniedException;
import vn.ktgs.access.Action;
import vn.ktgs.common.Outcome;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationService;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportCommands.Compile;
import vn.ktgs.report.ReportCommands.EditNarrative;
import vn.ktgs.report.ReportCommands.Recompute;
import vn.ktgs.report.ReportCommands.Return;
import vn.ktgs.report.ReportCommands.Submit;
import vn.ktgs.report.ReportFigures;
import vn.ktgs.report.ReportId;
import vn.ktgs.report.ReportService;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.report.TimelinessLine;

/**
 * Báo cáo định kỳ for one caller: compiled, recomputed, edited and submitted under {@link Action#WRITE_WORK} on
 * the reporting organisation, returned under {@link Action#REVIEW} (a committee role holder above it), read — with
 * figures and timeliness — under {@link Action#READ}. Obtained from {@link Guarded#reports()}.
 */
public final class GuardedReports {

    private final Guarded as;
    private final ReportService service;
    private final OrganisationService organisations;

    GuardedReports(Guarded as, ReportService service, OrganisationService organisations) {
        this.as = as;
        this.service = service;
        this.organisations = organisations;
    }

    /** {@link ReportService#compile} under {@link Action#WRITE_WORK} on the organisation. */
    public Outcome<Report> compile(Compile cmd) {
        if (cmd.organisation() != null) {
            as.require(Action.WRITE_WORK, cmd.organisation());
        }
        return service.compile(cmd);
    }

    /** {@link ReportService#recompute} under {@link Action#WRITE_WORK}. */
    public Outcome<Report> recompute(Recompute cmd) {
        on(cmd.report(), Action.WRITE_WORK);
        return service.recompute(cmd);
    }

    /** {@link ReportService#editNarrative} under {@link Action#WRITE_WORK}. */
    public Outcome<Report> editNarrative(EditNarrative cmd) {
        on(cmd.report(), Action.WRITE_WORK);
        return service.editNarrative(cmd);
    }

    /** {@link ReportService#submit} under {@link Action#WRITE_WORK}. */
    public Outcome<Report> submit(Submit cmd) {
        on(cmd.report(), Action.WRITE_WORK);
        return service.submit(cmd);
    }

    /** {@link ReportService#returnReport} under {@link Action#REVIEW}: by the committee above. */
    public Outcome<Report> returnReport(Return cmd) {
        on(cmd.report(), Action.REVIEW);
        return service.returnReport(cmd);
    }

    /**
     * The report ({@link vn.ktgs.common.NotFoundException} when not stored) under {@link Action#READ}.
     *
     * @throws AccessDeniedException without {@link Action#READ} on its organisation
     */
    public Report report(ReportId id) {
        Report r = service.report(id);
        as.require(Action.READ, r.organisation());
        return r;
    }

    /** The organisation's report of the period, if compiled, under {@link Action#READ} on the organisation. */
    public Optional<Report> reportFor(OrganisationId organisation, ReportingPeriod period) {
        return service.reportFor(readable(organisation).id(), period);
    }

    /** {@link ReportService#figures} under {@link Action#READ} on the organisation. */
    public ReportFigures figures(OrganisationId organisation, ReportingPeriod period) {
        return service.figures(readable(organisation).id(), period);
    }

    /** {@link ReportService#timelinessOf} under {@link Action#READ} on the organisation. */
    public TimelinessLine timelinessOf(OrganisationId organisation, ReportingPeriod period) {
        return service.timelinessOf(readable(organisation).id(), period);
    }

    /** {@link ReportService#timeliness} (every cell below the committee) under {@link Action#READ} on the committee. */
    public List<TimelinessLine> timeliness(OrganisationId committee, ReportingPeriod period) {
        return service.timeliness(readable(committee).id(), period);
    }

    /**
     * Tình hình nộp báo cáo của năm: for each required period of the year in order, the organisation's own line when
     * it is a cell, or the line of every cell below it that the caller may read when it is a committee; under
     * {@link Action#READ} on the organisation.
     */
    public List<TimelinessLine> reportingYear(OrganisationId organisation, int year) {
        Organisation o = readable(organisation);
        List<TimelinessLine> lines = new ArrayList<>();
        for (ReportingPeriod p : service.schedule().requiredPeriods(year)) {
            if (o.kind().isCell()) {
                lines.add(service.timelinessOf(o.id(), p));
            } else {
                service.timeliness(o.id(), p).stream().filter(l -> as.allows(Action.READ, l.organisation()))
                        .forEach(lines::add);
            }
        }
        return lines;
    }

    private Organisation readable(OrganisationId id) {
        Organisation o = organisations.organisation(id);
        as.require(Action.READ, o.id());
        return o;
    }

    private void on(@Nullable ReportId id, Action action) {
        if (id != null) {
            as.require(action, service.report(id).organisation());
        }
    }
}
