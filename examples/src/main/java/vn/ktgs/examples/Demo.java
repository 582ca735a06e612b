package vn.ktgs.examples;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.document.Document;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.plan.Plan;
import vn.ktgs.report.Figure;
import vn.ktgs.report.ReportFigures;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.report.TimelinessLine;
import vn.ktgs.json.JsonCriteriaSets;
import vn.ktgs.scoring.CommitteeScores;
import vn.ktgs.scoring.Scorecard;
import vn.ktgs.scoring.ScorecardText;

/**
 * The demo: loads the seed scenario and prints what a committee sees at the start of 2026 — the tree, the
 * documents, the plans, who has not been reached by the dissemination, report timeliness, the committee's
 * figures, every cell's score and level under the shipped default criteria with the committee's 100% targets,
 * and the full scorecard of the lowest cell. {@code --lang en} prints the labels in English.
 */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) {
        Locale locale = args.length >= 2 && args[0].equals("--lang") ? Locale.forLanguageTag(args[1])
                : Locale.forLanguageTag("vi");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            ScenarioClock clock = new ScenarioClock(LocalDate.of(2024, 6, 1));
            Ktgs ktgs = Ktgs.builder(Ports.inMemory(), validation.getValidator(), clock).build();
            SeedScenario seed = SeedScenario.load(ktgs, clock);
            print(ktgs, seed, locale, out);
        }
    }

    static void print(Ktgs ktgs, SeedScenario seed, Locale locale, PrintStream out) {
        LocalDate endOfYear = LocalDate.of(SeedScenario.YEAR, 12, 31);
        Organisation committee = seed.committee();
        out.println("KTGS — " + committee.name() + " — " + SeedScenario.YEAR);
        out.println();
        out.printf("%-10s %-44s %9s  %s%n", "Mã", "Chi bộ", "Đảng viên", "BCH theo dõi (S6)");
        for (Organisation cell : seed.cells()) {
            List<Member> roll = ktgs.organisations().membersOn(cell.id(), endOfYear);
            String bch = cell.assignedOn(endOfYear).stream()
                    .map(id -> ktgs.organisations().member(id).fullName()).findFirst().orElse("—");
            out.printf("%-10s %-44s %9d  %s%n", cell.code(), cell.name(), roll.size(), bch);
        }
        out.println();
        for (Document d : ktgs.documents().chain(seed.plan65().id())) {
            out.printf("%-10s %s (%s)%n", d.number().format(), d.title(), d.issuedOn());
        }
        out.println("Chưa được quán triệt 65-KH/ĐU (S8): " + ktgs.documents()
                .notYetReached(seed.plan65().id(), committee.id(), endOfYear).stream()
                .map(m -> m.code() + " " + m.fullName()).toList());
        out.println();
        List<Plan> plans = ktgs.plans().plansOf(SeedScenario.YEAR).stream()
                .sorted(java.util.Comparator.comparing(p -> ktgs.organisations().organisation(p.organisation()).code()))
                .toList();
        for (Plan p : plans) {
            out.printf("%-10s %-16s %d nội dung, thông qua %s%n",
                    ktgs.organisations().organisation(p.organisation()).code(), p.status().label(locale),
                    p.items().size(), p.adoptedOn().map(LocalDate::toString).orElse("—"));
        }
        out.println();
        for (int q = 1; q <= 4; q++) {
            ReportingPeriod period = ReportingPeriod.quarter(SeedScenario.YEAR, q);
            out.print(period + ": ");
            for (TimelinessLine line : ktgs.reports().timeliness(committee.id(), period)) {
                out.print(line.code() + " " + line.status().label(locale)
                        + (line.daysLate() > 0 ? " (" + line.daysLate() + ")" : "") + "; ");
            }
            out.println();
        }
        out.println();
        out.println(committee.name() + " — " + ReportingPeriod.year(SeedScenario.YEAR));
        ReportFigures year = ktgs.reports().figures(committee.id(), ReportingPeriod.year(SeedScenario.YEAR));
        for (Figure f : Figure.values()) {
            out.printf("  %-62s %5d%n", f.label(locale), year.value(f));
        }
        out.println();
        CommitteeScores scores = ktgs.scoring().score(committee.id(), SeedScenario.YEAR,
                JsonCriteriaSets.shippedDefault(), List.of(seed.plan65().id()));
        out.print(ScorecardText.render(scores, locale));
        out.println();
        Scorecard worst = scores.cells().stream().min(java.util.Comparator.comparing(Scorecard::total)).orElseThrow();
        out.print(ScorecardText.render(worst, locale));
    }
}
