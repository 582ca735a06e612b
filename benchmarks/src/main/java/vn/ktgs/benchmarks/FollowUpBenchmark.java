package vn.ktgs.benchmarks;

import jakarta.validation.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.activity.Activity;
import vn.ktgs.document.Dissemination;
import vn.ktgs.document.DisseminationId;
import vn.ktgs.document.Document;
import vn.ktgs.document.DocumentId;
import vn.ktgs.document.DocumentNumber;
import vn.ktgs.document.Term;
import vn.ktgs.followup.Overdue;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.report.Report;
import vn.ktgs.scoring.CellRecords;

/**
 * The overdue list with its steps of escalation ({@code Ktgs.followUp().overdue}) over in-memory ports holding the
 * synthetic data, on 15 October 2025: one committee of 300 cells ({@code scale=committee300}), or every committee of
 * the national data, one after another ({@code scale=national}: 12,000 committees of 25 cells). Each committee issued
 * a plan on 15 January 2025 that each cell disseminated to its reached members (95%), so the members not reached are
 * counted too. Run: see {@code benchmarks/README.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 10)
@Measurement(iterations = 10)
public class FollowUpBenchmark {

    /** committee300: one committee of 300 cells; national: 300,000 cells in committees of 25. */
    @Param({"committee300", "national"})
    public String scale;

    private static final LocalDate DAY = LocalDate.of(SyntheticData.YEAR, 10, 15);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Ktgs ktgs;
    private List<Organisation> committees;

    @Setup(Level.Trial)
    public void load() {
        SyntheticData.DataSet data = scale.equals("national") ? SyntheticData.generate(300_000, 2025L)
                : SyntheticData.generate(300, 2025L, 300);
        Ports ports = Ports.inMemory();
        committees = new ArrayList<>();
        boolean province = false;
        int items = 0;
        for (SyntheticData.Committee c : data.committees()) {
            if (!province) {
                ports.organisations().save(new Organisation(c.committee().parent(), "ĐUK",
                        "Đảng ủy Khối các cơ quan tỉnh", OrganisationKind.BLOC_COMMITTEE, null,
                        c.committee().established(), List.of(), 1));
                province = true;
            }
            ports.organisations().save(c.committee());
            committees.add(c.committee());
            Document plan = new Document(DocumentId.random(), DocumentNumber.parse("01-KH/ĐU"), c.committee().id(),
                    LocalDate.of(SyntheticData.YEAR, 1, 15), Term.of("2025–2030", LocalDate.of(2025, 1, 1),
                    LocalDate.of(2030, 12, 31)), "Kế hoạch kiểm tra, giám sát năm 2025", null, 1);
            ports.documents().save(plan);
            for (CellRecords cell : c.cells()) {
                ports.organisations().save(cell.cell());
                List<MemberId> came = new ArrayList<>();
                for (Member m : cell.people()) {
                    ports.members().save(m);
                    if (c.reached().contains(m.id())) {
                        came.add(m.id());
                    }
                }
                ports.disseminations().save(new Dissemination(DisseminationId.random(), plan.id(), cell.cell().id(),
                        LocalDate.of(SyntheticData.YEAR, 2, 1), came, "", 1));
                if (cell.plan() != null) {
                    ports.plans().save(cell.plan());
                }
                for (Activity a : cell.activities()) {
                    ports.activities().save(a);
                }
                for (Report r : cell.reports()) {
                    ports.reports().save(new Report(r.id(), r.organisation(), r.period(), r.figures(), r.computedOn(),
                            r.narrative(), r.status(), r.submissions(), 1));
                }
            }
        }
        ktgs = Ktgs.builder(ports, Validation.buildDefaultValidatorFactory().getValidator(),
                Clock.fixed(DAY.atStartOfDay(VIETNAM).toInstant(), VIETNAM)).build();
        for (Organisation c : committees.subList(0, Math.min(3, committees.size()))) {
            items += ktgs.followUp().overdue(c.id(), DAY).size();
        }
        System.out.printf("%n%s: %,d committees, %,d cells, %,d members; %,d items overdue in the first %d%n", scale,
                committees.size(), data.cells(), data.members(), items, Math.min(3, committees.size()));
        System.gc();
    }

    /** The overdue list of every committee, one after another on one thread; a digest of each list is kept. */
    @Benchmark
    public long overdue() {
        long digest = 0;
        for (Organisation c : committees) {
            for (Overdue o : ktgs.followUp().overdue(c.id(), DAY)) {
                digest += o.daysOverdue() + (o.escalation() == null ? 0 : o.escalation().step());
            }
        }
        return digest;
    }
}
