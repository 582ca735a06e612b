package vn.ktgs.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Violation;
import vn.ktgs.json.Dataset.ReportEntry;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportCommands.Compile;
import vn.ktgs.report.ReportCommands.Recompute;
import vn.ktgs.report.ReportCommands.Return;
import vn.ktgs.report.ReportCommands.Submit;
import vn.ktgs.report.ReportId;

/**
 * Queues the steps of {@code reports} (phase 4): compiled on {@code computedOn} or the first submission's day,
 * each submission and return on its day, recomputed on {@code computedOn} after a return; a {@code computedOn} that
 * fits none is {@code ktgs.dataset.report.computedOn}.
 */
final class ReportReplayer extends SectionReplayer {

    private final Map<String, ReportId> reports = new HashMap<>();

    ReportReplayer(ReplayState s) {
        super(s);
    }

    void reportSteps() {
        for (int i = 0; i < d.reports().size(); i++) {
            ReportEntry e = d.reports().get(i);
            String path = "reports[" + i + "]";
            var subs = e.submissions();
            LocalDate compiledOn = subs.isEmpty() || !e.computedOn().isAfter(subs.get(0).submittedOn())
                    ? e.computedOn() : subs.get(0).submittedOn();
            step(compiledOn, 4, path, path, () -> {
                List<Violation> out = new ArrayList<>();
                OrganisationId org = organisation(e.organisation(), "organisation", out);
                if (!out.isEmpty()) {
                    return out;
                }
                Outcome<Report> o = ktgs.reports().compile(new Compile(org, e.period(), e.narrative()));
                if (o instanceof Outcome.Accepted<Report> a) {
                    reports.put(path, a.value().id());
                }
                return o.violations();
            });
            boolean recomputed = compiledOn.equals(e.computedOn());
            for (int k = 0; k < subs.size(); k++) {
                var s = subs.get(k);
                String spath = path + ".submissions[" + k + "]";
                step(s.submittedOn(), 4, path, spath, () -> {
                    Report r = ktgs.reports().report(reports.get(path));
                    return result(ktgs.reports().submit(new Submit(r.id(), r.version())));
                });
                if (s.returnedOn() != null) {
                    step(s.returnedOn(), 4, path, spath, () -> {
                        Report r = ktgs.reports().report(reports.get(path));
                        return result(ktgs.reports().returnReport(new Return(r.id(), r.version(),
                                s.returnReason())));
                    });
                    LocalDate next = k + 1 < subs.size() ? subs.get(k + 1).submittedOn() : null;
                    if (!recomputed && !e.computedOn().isBefore(s.returnedOn())
                            && (next == null || !e.computedOn().isAfter(next))) {
                        recomputed = true;
                        step(e.computedOn(), 4, path, path + ".computedOn", () -> {
                            Report r = ktgs.reports().report(reports.get(path));
                            return result(ktgs.reports().recompute(new Recompute(r.id(), r.version())));
                        });
                    }
                }
            }
            if (!recomputed) {
                v.add(Violation.of(path + ".computedOn", "ktgs.dataset.report.computedOn"));
            }
        }
    }
}
