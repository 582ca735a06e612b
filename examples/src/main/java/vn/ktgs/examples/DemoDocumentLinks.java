package vn.ktgs.examples;

import java.io.PrintStream;
import java.util.Comparator;
import vn.ktgs.Ktgs;
import vn.ktgs.activity.Activity;
import vn.ktgs.document.Document;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.report.ReportingPeriod;

/**
 * The demo's links to each kind of document of the seed scenario (ktgs-adapters-documents over REST): a cell's
 * plan, its report of 2025-Q3, the notice of a conclusion (the seed's inspection on signs of violation, which the
 * demo's caller, the committee's secretary, may read), a cell's scorecard and the committee's annual result — as
 * PDF, and as DOCX with {@code format=docx}.
 */
final class DemoDocumentLinks {

    private DemoDocumentLinks() {
    }

    static void print(Ktgs ktgs, String base, Organisation committee, Document plan65, java.util.Locale locale,
                      PrintStream out) {
        Organisation cell = ktgs.organisations().organisationByCode("CB-TH")
                .orElseGet(() -> ktgs.organisations().cellsUnder(committee.id()).get(0));
        out.println(Demo.text(locale, "documents"));
        ktgs.plans().planFor(cell.id(), 2025).ifPresent(p ->
                out.println("  " + base + "plans/" + p.id().value() + "?number=03-KH/CB&format=pdf"));
        ktgs.reports().reportFor(cell.id(), ReportingPeriod.parse("2025-Q3")).ifPresent(r ->
                out.println("  " + base + "reports/" + r.id().value() + "?number=12-BC/CB&format=pdf"));
        ktgs.organisations().cellsUnder(committee.id()).stream()
                .flatMap(c -> ktgs.activities().ofOrganisation(c.id()).stream())
                .filter(a -> a.concluded().isPresent())
                .max(Comparator.comparing((Activity a) -> !a.isPlanned()).thenComparing(Activity::openedOn))
                .ifPresent(a -> out.println("  " + base + "activities/" + a.id().value()
                        + "?number=05-TB/CB&format=pdf"));
        out.println("  " + base + "scoring/scorecards/" + cell.id().value() + "/2025?document=" + plan65.id().value()
                + "&number=20-BC/%C4%90U&format=pdf");
        out.println("  " + base + "scoring/dashboards/" + committee.id().value() + "/2025?document="
                + plan65.id().value() + "&number=21-BC/%C4%90U&format=docx");
    }
}
