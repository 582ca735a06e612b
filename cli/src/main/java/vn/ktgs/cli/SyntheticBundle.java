package vn.ktgs.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.ktgs.activity.CoordinationPartner;
import vn.ktgs.activity.DisciplineForm;
import vn.ktgs.activity.Severity;
import vn.ktgs.activity.Stage;
import vn.ktgs.json.Dataset;
import vn.ktgs.json.Dataset.ActivityEntry;
import vn.ktgs.json.Dataset.AssignmentEntry;
import vn.ktgs.json.Dataset.ConclusionEntry;
import vn.ktgs.json.Dataset.CoordinationEntry;
import vn.ktgs.json.Dataset.DisciplineEntry;
import vn.ktgs.json.Dataset.DisseminationEntry;
import vn.ktgs.json.Dataset.DocumentEntry;
import vn.ktgs.json.Dataset.FindingEntry;
import vn.ktgs.json.Dataset.ItemEntry;
import vn.ktgs.json.Dataset.MemberEntry;
import vn.ktgs.json.Dataset.MembershipEntry;
import vn.ktgs.json.Dataset.OrganisationEntry;
import vn.ktgs.json.Dataset.PlanEntry;
import vn.ktgs.json.Dataset.RecommendationEntry;
import vn.ktgs.json.Dataset.ReportEntry;
import vn.ktgs.json.Dataset.RoleEntry;
import vn.ktgs.json.Dataset.StageEntry;
import vn.ktgs.json.Dataset.SubmissionEntry;
import vn.ktgs.json.Dataset.TargetEntry;
import vn.ktgs.json.Dataset.TermEntry;
import vn.ktgs.json.DatasetWriter;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.organisation.RoleKind;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.SupervisionMode;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.report.ReportingSchedule;

/**
 * Bộ dữ liệu tổng hợp cấp toàn quốc: writes the synthetic data set of the benchmarks' {@code SyntheticData} as a
 * dataset bundle in JSON Lines, one committee a line, streamed (one committee held at a time), the same seed giving
 * the same bytes. Committees of {@value #CELLS_PER_COMMITTEE} cells under one bloc committee, {@value #MEMBERS} members
 * a cell (one cell in ten loses its last member on 30 June), a plan of {@value #ITEMS} items a cell (97% of cells)
 * with one record each (85% concluded in their window, 10% late, 5% never), two inspections on signs of violation
 * a cell, four quarterly reports a cell (10% late), a dissemination of the committee's plan reaching 95% of members.
 * National scale is the default: 300,000 cells, 6,000,000 members, about 2,900,000 records, 1,200,000 reports.
 *
 * <p>{@code java -cp cli/target/ktgs-cli.jar vn.ktgs.cli.SyntheticBundle --cells 300000 --seed 1 /tmp/national.jsonl}
 */
@Command(name = "synthetic-bundle", mixinStandardHelpOptions = true,
        description = "Writes the synthetic national-scale data set as a dataset bundle (JSON Lines).")
public final class SyntheticBundle implements Callable<Integer> {

    static final int CELLS_PER_COMMITTEE = 25;
    static final int MEMBERS = 20;
    static final int ITEMS = 8;
    private static final int YEAR = 2025;
    private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);
    private static final LocalDate AS_OF = LocalDate.of(YEAR + 1, 2, 2);
    private static final String ROOT = "ĐUK";
    private static final String PLAN = "01-KH/ĐU";
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
        "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Thu", "Minh", "Quang", "Ngọc"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Đức", "Hạnh", "Khoa", "Lan", "Minh",
        "Ngọc", "Phương", "Quỳnh", "Sơn", "Thảo", "Tuấn", "Uyên", "Việt", "Yến", "Hùng", "Hà"};

    @Option(names = "--cells", defaultValue = "300000", paramLabel = "N",
            description = "number of cells (default: ${DEFAULT-VALUE})")
    int cells;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Parameters(paramLabel = "OUT", description = "the bundle file to write")
    Path out;

    private final ReportingSchedule schedule = ReportingSchedule.defaults();
    private SplittableRandom random = new SplittableRandom();

    public static void main(String[] args) {
        System.exit(new CommandLine(new SyntheticBundle()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            int committees = write(cells, seed, o);
            System.err.printf("%s: %,d committees, %,d cells%n", out, committees, cells);
        }
        return 0;
    }

    /** Writes {@code cells} cells from {@code seed} to {@code out}, a committee a line; the number of committees. */
    static int write(int cells, long seed, OutputStream out) {
        SyntheticBundle b = new SyntheticBundle();
        b.random = new SplittableRandom(seed);
        int c = 0;
        for (int made = 0; made < cells; c++) {
            int size = Math.min(CELLS_PER_COMMITTEE, cells - made);
            DatasetWriter.writeLine(b.committee(c, made, size), out);
            made += size;
        }
        return c;
    }

    /** The records of one committee. */
    private final class Records {
        final List<OrganisationEntry> organisations = new ArrayList<>();
        final List<MemberEntry> members = new ArrayList<>();
        final List<MembershipEntry> memberships = new ArrayList<>();
        final List<RoleEntry> roles = new ArrayList<>();
        final List<AssignmentEntry> assignments = new ArrayList<>();
        final List<DisseminationEntry> disseminations = new ArrayList<>();
        final List<PlanEntry> plans = new ArrayList<>();
        final List<ActivityEntry> activities = new ArrayList<>();
        final List<ReportEntry> reports = new ArrayList<>();
    }

    private Dataset committee(int c, int firstCell, int size) {
        String code = "ĐB" + c;
        Records r = new Records();
        r.organisations.add(new OrganisationEntry(ROOT, "Đảng ủy Khối các cơ quan tỉnh", OrganisationKind.BLOC_COMMITTEE,
                null, SINCE));
        r.organisations.add(new OrganisationEntry(code, "Đảng bộ cơ sở số " + c, OrganisationKind.GRASSROOTS_COMMITTEE,
                ROOT, SINCE));
        for (int n = firstCell; n < firstCell + size; n++) {
            cell(code, n, r);
        }
        List<DocumentEntry> documents = List.of(new DocumentEntry(PLAN, code, LocalDate.of(YEAR - 1, 10, 15),
                new TermEntry("2020–2025", LocalDate.of(2020, 10, 1), LocalDate.of(YEAR, 9, 30)),
                "Kế hoạch thực hiện công tác kiểm tra, giám sát nhiệm kỳ 2020–2025", null));
        return new Dataset(Dataset.SCHEMA_VERSION, code, YEAR, AS_OF, List.of(PLAN), r.organisations, r.members,
                r.memberships, r.roles, r.assignments, documents, r.disseminations, r.plans, r.activities, r.reports);
    }

    private void cell(String committee, int n, Records r) {
        String cell = "CB" + n;
        r.organisations.add(new OrganisationEntry(cell, "Chi bộ số " + n, OrganisationKind.SUBORDINATE_CELL, committee,
                SINCE));
        List<String> people = new ArrayList<>(MEMBERS);
        List<String> reached = new ArrayList<>(MEMBERS);
        for (int m = 0; m < MEMBERS; m++) {
            String code = "DV" + n + "-" + m;
            people.add(code);
            r.members.add(new MemberEntry(code, FAMILY[random.nextInt(FAMILY.length)] + " "
                    + MIDDLE[random.nextInt(MIDDLE.length)] + " " + GIVEN[random.nextInt(GIVEN.length)]));
            LocalDate to = m == MEMBERS - 1 && n % 10 == 0 ? LocalDate.of(YEAR, 6, 30) : null;
            r.memberships.add(new MembershipEntry(code, cell, SINCE, to, MembershipStatus.FULL));
            if (random.nextInt(100) < 95) {
                reached.add(code);
            }
        }
        String secretary = people.get(0);
        r.roles.add(new RoleEntry(secretary, cell, RoleKind.SECRETARY, SINCE, null));
        if (random.nextInt(100) < 90) {
            r.roles.add(new RoleEntry(secretary, committee, RoleKind.EXECUTIVE_COMMITTEE_MEMBER, SINCE, null));
            r.assignments.add(new AssignmentEntry(secretary, cell, SINCE, null));
        }
        if (!reached.isEmpty()) {
            r.disseminations.add(new DisseminationEntry(PLAN, cell, LocalDate.of(YEAR - 1, 10, 21), reached,
                    "Sinh hoạt chi bộ thường kỳ tháng 10/" + (YEAR - 1)));
        }
        if (random.nextInt(100) < 97) {
            List<ItemEntry> items = new ArrayList<>(ITEMS);
            for (int k = 0; k < ITEMS; k++) {
                LocalDate from = LocalDate.of(YEAR, k + 1, 1);
                ActivityKind kind = k % 2 == 0 ? ActivityKind.REGULAR_SUPERVISION : ActivityKind.DUTY_INSPECTION;
                ItemEntry item = new ItemEntry(cell + "/" + (k + 1), kind, SupervisionMode.DIRECT,
                        List.of(member(people.get((2 * k) % MEMBERS)), member(people.get((2 * k + 1) % MEMBERS))),
                        List.of("MEMBER_DUTIES"), "Nhiệm vụ chính trị của đơn vị", "Kiểm tra, giám sát đảng viên",
                        from, from.plusMonths(2).minusDays(1), secretary, List.of());
                items.add(item);
                r.activities.add(planned(item));
            }
            r.plans.add(new PlanEntry(cell, YEAR, "Kế hoạch kiểm tra, giám sát năm " + YEAR, LocalDate.of(YEAR, 1, 2),
                    items, List.of()));
        }
        for (int u = 0; u < 2; u++) {
            r.activities.add(unplanned(cell, secretary, people.get(2 + random.nextInt(MEMBERS - 3))));
        }
        for (int q = 1; q <= 4; q++) {
            ReportingPeriod period = ReportingPeriod.quarter(YEAR, q);
            LocalDate deadline = schedule.deadline(period);
            LocalDate submitted = random.nextInt(100) < 10 ? deadline.plusDays(3)
                    : deadline.minusDays(random.nextInt(5));
            r.reports.add(new ReportEntry(cell, period.toString(), submitted, "Báo cáo quý " + q,
                    List.of(new SubmissionEntry(submitted, null, null))));
        }
    }

    private ActivityEntry planned(ItemEntry item) {
        LocalDate notified = item.from().plusDays(2);
        int fate = random.nextInt(100);
        @Nullable LocalDate concluded = fate < 85 ? item.to().minusDays(5) : fate < 95 ? item.to().plusDays(10) : null;
        List<RecommendationEntry> recommendations = List.of();
        if (concluded != null && item.kind().isInspection() && random.nextBoolean()) {
            LocalDate due = concluded.plusDays(30);
            recommendations = List.of(new RecommendationEntry("Khắc phục khuyết điểm", null, due,
                    random.nextInt(100) < 80 ? due.minusDays(3) : null, ""));
        }
        List<CoordinationEntry> coordinations = random.nextInt(100) < 20 ? List.of(new CoordinationEntry(
                CoordinationPartner.TRADE_UNION, "Công đoàn cơ quan", notified.plusDays(5), "")) : List.of();
        return new ActivityEntry(item.key(), null, List.of(), null, null, notified, "Thông báo đến đối tượng",
                stages(notified, concluded), concluded == null ? null
                        : new ConclusionEntry(concluded, List.of("Gương mẫu"), List.of(), List.of(), "BB"),
                recommendations, coordinations, List.of());
    }

    private ActivityEntry unplanned(String cell, String responsible, String target) {
        LocalDate notified = LocalDate.of(YEAR, 1 + random.nextInt(10), 1 + random.nextInt(28));
        LocalDate concluded = notified.plusDays(20);
        boolean considered = random.nextBoolean();
        TargetEntry t = member(target);
        List<DisciplineEntry> discipline = considered ? List.of(new DisciplineEntry(t, DisciplineForm.REPRIMAND,
                concluded.plusDays(5), "Vi phạm", "01-QĐ")) : List.of();
        return new ActivityEntry(null, cell, List.of(t), "Kiểm tra khi có dấu hiệu vi phạm", responsible, notified,
                "Đơn phản ánh", stages(notified, concluded), new ConclusionEntry(concluded, List.of(),
                        List.of("Khuyết điểm"), List.of(new FindingEntry(t, "Vi phạm quy định", Severity.LESS_SERIOUS,
                                considered)), "BB"), List.of(), List.of(), discipline);
    }

    private static List<StageEntry> stages(LocalDate notified, @Nullable LocalDate concluded) {
        StageEntry selfReport = new StageEntry(Stage.SELF_REPORT_RECEIVED, notified.plusDays(7), "");
        return concluded == null ? List.of(selfReport)
                : List.of(selfReport, new StageEntry(Stage.VERIFIED, notified.plusDays(14), ""));
    }

    private static TargetEntry member(String code) {
        return new TargetEntry(code, null);
    }
}
