package vn.ktgs.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ActivityId;
import vn.ktgs.activity.Conclusion;
import vn.ktgs.activity.Coordination;
import vn.ktgs.activity.CoordinationPartner;
import vn.ktgs.activity.Discipline;
import vn.ktgs.activity.DisciplineForm;
import vn.ktgs.activity.Recommendation;
import vn.ktgs.activity.RecommendationId;
import vn.ktgs.activity.RecommendationStatus;
import vn.ktgs.activity.Severity;
import vn.ktgs.activity.Stage;
import vn.ktgs.activity.StageRecord;
import vn.ktgs.activity.ViolationFinding;
import vn.ktgs.common.DateRange;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.organisation.RoleKind;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.plan.SupervisionMode;
import vn.ktgs.plan.Target;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportFigures;
import vn.ktgs.report.ReportId;
import vn.ktgs.report.ReportStatus;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.report.ReportingSchedule;
import vn.ktgs.scoring.CellRecords;

/**
 * A deterministic generator of synthetic records for one year (2025): committees of {@value #CELLS_PER_COMMITTEE}
 * cells, {@value #MEMBERS_PER_CELL} members a cell, a plan of {@value #ITEMS} items a cell with one record each
 * (most concluded in their window, some late, a few never), two inspections on signs of violation a cell, and four
 * quarterly reports a cell (some late). The same seed gives the same data.
 *
 * <p>Province scale: 10,000 cells, 200,000 members, 100,000 activities. National scale: 300,000 cells,
 * 6,000,000 members, 3,000,000 activities, 1,200,000 reports.
 */
public final class SyntheticData {

    public static final int CELLS_PER_COMMITTEE = 25;
    public static final int MEMBERS_PER_CELL = 20;
    public static final int ITEMS = 8;
    public static final int YEAR = 2025;

    /**
     * One committee, its cells' records, and those of its cells' members reached by the dissemination of the
     * governing document (each cell holds its own sessions, attended by its own members): what a host scoring
     * committee by committee loads for one committee.
     */
    public record Committee(Organisation committee, List<CellRecords> cells, Set<MemberId> reached) {
    }

    /** The data set: the committees, and how many members, activities and reports they hold. */
    public record DataSet(List<Committee> committees, int members, int activities, int reports) {
        public int cells() {
            return committees.stream().mapToInt(c -> c.cells().size()).sum();
        }
    }

    private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);
    private static final DateRange FOREVER = DateRange.from(SINCE);
    private static final String[] NAMES = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
        "Hoàng Văn Đức", "Vũ Thị Hạnh", "Đặng Văn Khoa", "Bùi Thị Lan", "Đỗ Văn Minh", "Hồ Thị Ngọc"};
    private static final List<String> FOCUS = List.of("MEMBER_DUTIES");
    private static final ReportFigures NO_FIGURES = new ReportFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private final SplittableRandom random;
    private final ReportingSchedule schedule = ReportingSchedule.defaults();
    private int members;
    private int activities;
    private int reports;

    private final int perCommittee;

    private SyntheticData(long seed, int perCommittee) {
        this.random = new SplittableRandom(seed);
        this.perCommittee = perCommittee;
    }

    /** {@code cells} cells (a multiple of {@value #CELLS_PER_COMMITTEE} is tidiest) from {@code seed}. */
    public static DataSet generate(int cells, long seed) {
        return generate(cells, seed, CELLS_PER_COMMITTEE);
    }

    /** {@code cells} cells in committees of {@code perCommittee} cells (the last one may have fewer). */
    public static DataSet generate(int cells, long seed, int perCommittee) {
        return new SyntheticData(seed, perCommittee).build(cells);
    }

    private DataSet build(int cells) {
        Organisation province = organisation("ĐUK", "Đảng ủy Khối các cơ quan tỉnh", OrganisationKind.BLOC_COMMITTEE,
                null, List.of());
        List<Committee> committees = new ArrayList<>();
        for (int made = 0, c = 0; made < cells; c++) {
            Organisation committee = organisation("ĐB" + c, "Đảng bộ cơ sở số " + c,
                    OrganisationKind.GRASSROOTS_COMMITTEE, province.id(), List.of());
            List<CellRecords> records = new ArrayList<>(perCommittee);
            Set<MemberId> reached = new HashSet<>(perCommittee * MEMBERS_PER_CELL * 4 / 3);
            for (int k = 0; k < perCommittee && made < cells; k++, made++) {
                records.add(cell(committee, made, reached));
            }
            committees.add(new Committee(committee, records, reached));
        }
        return new DataSet(committees, members, activities, reports);
    }

    private CellRecords cell(Organisation committee, int n, Set<MemberId> reached) {
        OrganisationId cellId = new OrganisationId(uuid());
        List<Member> people = new ArrayList<>(MEMBERS_PER_CELL);
        for (int m = 0; m < MEMBERS_PER_CELL; m++) {
            MemberId id = new MemberId(uuid());
            DateRange period = m == MEMBERS_PER_CELL - 1 && n % 10 == 0
                    ? DateRange.of(SINCE, LocalDate.of(YEAR, 6, 30)) : FOREVER;
            List<Member.Role> roles = m == 0
                    ? List.of(new Member.Role(cellId, RoleKind.SECRETARY, FOREVER)) : List.of();
            people.add(new Member(id, "DV" + n + "-" + m, NAMES[m % NAMES.length],
                    List.of(new Member.Membership(cellId, period, MembershipStatus.FULL)), roles, 1));
            if (random.nextInt(100) < 95) {
                reached.add(id);
            }
        }
        members += people.size();
        List<Organisation.Assignment> assignments = random.nextInt(100) < 90
                ? List.of(new Organisation.Assignment(people.get(0).id(), FOREVER)) : List.of();
        Organisation cell = new Organisation(cellId, "CB" + n, "Chi bộ số " + n, OrganisationKind.SUBORDINATE_CELL,
                committee.id(), SINCE, assignments, 1);

        boolean hasPlan = random.nextInt(100) < 97;
        List<PlanItem> items = new ArrayList<>(ITEMS);
        for (int k = 0; k < ITEMS; k++) {
            LocalDate from = LocalDate.of(YEAR, k + 1, 1);
            LocalDate to = from.plusMonths(2).minusDays(1);
            items.add(new PlanItem(new PlanItemId(uuid()), k % 2 == 0 ? ActivityKind.REGULAR_SUPERVISION
                    : ActivityKind.DUTY_INSPECTION, SupervisionMode.DIRECT,
                    List.of(Target.member(people.get((2 * k) % MEMBERS_PER_CELL).id()),
                            Target.member(people.get((2 * k + 1) % MEMBERS_PER_CELL).id())),
                    FOCUS, "Nhiệm vụ chính trị của đơn vị", "Kiểm tra, giám sát đảng viên",
                    DateRange.of(from, to), people.get(0).id(), List.of()));
        }
        Plan plan = hasPlan ? new Plan(new PlanId(uuid()), cellId, YEAR, "Kế hoạch kiểm tra, giám sát năm " + YEAR,
                List.of(), List.of(new PlanRevision(1, items, LocalDate.of(YEAR, 1, 10), null)), 1) : null;

        List<Activity> records = new ArrayList<>(ITEMS + 2);
        if (plan != null) {
            for (PlanItem item : items) {
                records.add(planned(plan, item, cellId));
            }
        }
        for (int u = 0; u < 2; u++) {
            records.add(unplanned(cellId, people.get(2 + random.nextInt(MEMBERS_PER_CELL - 2))));
        }
        activities += records.size();

        List<Report> filed = new ArrayList<>(4);
        for (int q = 1; q <= 4; q++) {
            ReportingPeriod period = ReportingPeriod.quarter(YEAR, q);
            LocalDate deadline = schedule.deadline(period);
            LocalDate submitted = random.nextInt(100) < 10 ? deadline.plusDays(3) : deadline.minusDays(random.nextInt(5));
            filed.add(new Report(new ReportId(uuid()), cellId, period, NO_FIGURES, submitted, "Báo cáo quý " + q,
                    ReportStatus.SUBMITTED, List.of(new Report.Submission(submitted, null, null)), 2));
        }
        reports += filed.size();
        return new CellRecords(cell, people, plan, records, filed);
    }

    private Activity planned(Plan plan, PlanItem item, OrganisationId cellId) {
        LocalDate notified = item.window().from().plusDays(2);
        int fate = random.nextInt(100);
        LocalDate concluded = fate < 85 ? item.window().to().minusDays(5) : fate < 95 ? item.window().to().plusDays(10)
                : null;
        List<StageRecord> stages = stages(notified, concluded);
        List<Recommendation> recs = List.of();
        if (concluded != null && item.kind().isInspection() && random.nextBoolean()) {
            LocalDate due = concluded.plusDays(30);
            boolean closed = random.nextInt(100) < 80;
            recs = List.of(new Recommendation(new RecommendationId(uuid()), "Khắc phục khuyết điểm", null, due,
                    closed ? RecommendationStatus.CLOSED : RecommendationStatus.OPEN, closed ? due.minusDays(3) : null,
                    ""));
        }
        List<Coordination> coordination = random.nextInt(100) < 20 ? List.of(new Coordination(
                CoordinationPartner.TRADE_UNION, "Công đoàn cơ quan", notified.plusDays(5), "")) : List.of();
        return new Activity(new ActivityId(uuid()), cellId, plan.id(), item.id(), item.kind(), item.mode(),
                item.targets(), item.content(), item.responsible(), stages,
                concluded == null ? null : new Conclusion(concluded, List.of("Gương mẫu"), List.of(), List.of(), "BB"),
                recs, coordination, List.of(), null, 1);
    }

    private Activity unplanned(OrganisationId cellId, Member target) {
        LocalDate notified = LocalDate.of(YEAR, 1 + random.nextInt(10), 1 + random.nextInt(28));
        LocalDate concluded = notified.plusDays(20);
        boolean considered = random.nextBoolean();
        Target t = Target.member(target.id());
        List<Discipline> discipline = considered ? List.of(new Discipline(t, DisciplineForm.REPRIMAND,
                concluded.plusDays(5), "Vi phạm", "01-QĐ")) : List.of();
        return new Activity(new ActivityId(uuid()), cellId, null, null, ActivityKind.SIGNS_OF_VIOLATION_INSPECTION,
                SupervisionMode.DIRECT, List.of(t), "Kiểm tra khi có dấu hiệu vi phạm", target.id(),
                stages(notified, concluded), new Conclusion(concluded, List.of(), List.of("Khuyết điểm"),
                        List.of(new ViolationFinding(t, "Vi phạm quy định", Severity.LESS_SERIOUS, considered)), "BB"),
                List.of(), List.of(), discipline, null, 1);
    }

    private static List<StageRecord> stages(LocalDate notified, LocalDate concluded) {
        if (concluded == null) {
            return List.of(new StageRecord(Stage.NOTIFIED, notified, ""),
                    new StageRecord(Stage.SELF_REPORT_RECEIVED, notified.plusDays(7), ""));
        }
        return List.of(new StageRecord(Stage.NOTIFIED, notified, ""),
                new StageRecord(Stage.SELF_REPORT_RECEIVED, notified.plusDays(7), ""),
                new StageRecord(Stage.VERIFIED, notified.plusDays(14), ""),
                new StageRecord(Stage.CONCLUDED, concluded, ""));
    }

    private Organisation organisation(String code, String name, OrganisationKind kind, OrganisationId parent,
                                      List<Organisation.Assignment> assignments) {
        return new Organisation(new OrganisationId(uuid()), code, name, kind, parent, SINCE, assignments, 1);
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
