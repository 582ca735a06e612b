package vn.ktgs.cli;

import static vn.ktgs.cli.KtgsCli.INVALID;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ktgs.Ktgs;
import vn.ktgs.cli.KtgsCli.Format;
import vn.ktgs.cli.KtgsCli.Lang;
import vn.ktgs.json.Dataset;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.report.Figure;
import vn.ktgs.report.ReportFigures;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.report.TimelinessLine;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "The figures and the timeliness of every organisation's report for one period.")
final class ReportCommand extends DatasetCommand {
    @Option(names = "--period", required = true, paramLabel = "P",
            description = "the period code: 2025-M03, 2025-Q1, 2025-H1, 2025-9M or 2025")
    String period;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|docx|pdf|xlsx|csv",
            description = "output format (default: ${DEFAULT-VALUE}); docx|pdf write --org's report, xlsx|csv"
                    + " every organisation's figures, to --out FILE")
    Format format;

    @Option(names = "--org", paramLabel = "CODE", description = "for docx|pdf: whose report; default: the committee")
    @Nullable String org;

    @picocli.CommandLine.Mixin
    DocumentOptions files;

    @picocli.CommandLine.Mixin
    Threads threads;

    @Override
    int threads() {
        return DocumentOptions.file(format).isPresent() ? 1 : threads.count();
    }

    @Override
    public Integer call() {
        ReportingPeriod p = ReportingPeriod.tryParse(period).orElseThrow(() -> usage("notAPeriod", period));
        if (format == Format.json) {
            throw usage("noJsonReport");
        }
        int documents = eachDataset((doc, d) -> {
            if (DocumentOptions.file(format).isPresent()) {
                ClassifyDocuments.report(this, files, doc, d, replay(d), p, org,
                        DocumentOptions.file(format).get());
                return;
            }
            if (doc.index() > 0) {
                out().println();
            }
            report(replay(d), d, p);
        });
        if (documents > 1 && format == Format.table) {
            out().println();
            summary(documents);
        }
        return files.failures > 0 ? INVALID : exitCode();
    }

    private void report(Ktgs ktgs, Dataset d, ReportingPeriod p) {
        Organisation committee = committee(ktgs, d);
        Map<String, TimelinessLine> lines = new java.util.HashMap<>();
        for (TimelinessLine l : ktgs.reports().timeliness(committee.id(), p)) {
            lines.put(l.code(), l);
        }
        PrintWriter o = out();
        o.println(committee.name() + " — " + p + (lang == Lang.en ? " (as of " : " (ngày chốt ") + d.asOf() + ")");
        List<Figure> figures = List.of(Figure.values());
        StringBuilder head = new StringBuilder(String.format("%-12s", lang == Lang.en ? "code" : "mã"));
        for (int i = 0; i < figures.size(); i++) {
            head.append(String.format(" %4s", "F" + (i + 1)));
        }
        head.append(String.format("  %-24s %s", lang == Lang.en ? "status" : "tình trạng",
                lang == Lang.en ? "submitted / deadline" : "ngày gửi / hạn"));
        o.println(head);
        for (Organisation org : ktgs.organisations().subtree(committee.id())) {
            ReportFigures f = ktgs.reports().reportFor(org.id(), p).map(r -> r.figures())
                    .orElseGet(() -> ktgs.reports().figures(org.id(), p));
            StringBuilder row = new StringBuilder(String.format("%-12s", org.code()));
            for (Figure fig : figures) {
                row.append(String.format(" %4d", f.value(fig)));
            }
            TimelinessLine l = lines.get(org.code());
            if (l == null && org.id().equals(committee.id())) {
                l = ktgs.reports().timelinessOf(org.id(), p);
            }
            if (l != null) {
                row.append(String.format("  %-24s %s / %s%s", l.status().label(locale()),
                        l.firstSubmitted().map(Object::toString).orElse("—"), l.deadline(),
                        l.daysLate() > 0 ? " (" + l.daysLate() + (lang == Lang.en ? " days)" : " ngày)") : ""));
            }
            o.println(row.toString().stripTrailing());
        }
        o.println();
        for (int i = 0; i < figures.size(); i++) {
            o.printf("F%-3d %s%n", i + 1, figures.get(i).label(locale()));
        }
        o.flush();
    }
}
