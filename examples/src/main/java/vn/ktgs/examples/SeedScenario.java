package vn.ktgs.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ktgs.testing.MovableClock;
import vn.ktgs.Ktgs;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ActivityCommands.Advance;
import vn.ktgs.activity.ActivityCommands.CloseRecommendation;
import vn.ktgs.activity.ActivityCommands.Conclude;
import vn.ktgs.activity.ActivityCommands.DecideDiscipline;
import vn.ktgs.activity.ActivityCommands.Finding;
import vn.ktgs.activity.ActivityCommands.OpenUnplanned;
import vn.ktgs.activity.ActivityCommands.Recommend;
import vn.ktgs.activity.ActivityCommands.RecordCoordination;
import vn.ktgs.activity.ActivityCommands.Start;
import vn.ktgs.activity.CoordinationPartner;
import vn.ktgs.activity.DisciplineForm;
import vn.ktgs.activity.Severity;
import vn.ktgs.activity.Stage;
import vn.ktgs.common.DateRange;
import vn.ktgs.document.Document;
import vn.ktgs.document.DocumentCommands.RecordDissemination;
import vn.ktgs.document.DocumentCommands.RegisterDocument;
import vn.ktgs.document.Term;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationCommands.Appoint;
import vn.ktgs.organisation.OrganisationCommands.Assign;
import vn.ktgs.organisation.OrganisationCommands.Enrol;
import vn.ktgs.organisation.OrganisationCommands.RegisterMember;
import vn.ktgs.organisation.OrganisationCommands.RegisterOrganisation;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.organisation.RoleKind;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanCommands.Adopt;
import vn.ktgs.plan.PlanCommands.DraftPlan;
import vn.ktgs.plan.PlanCommands.ItemInput;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.SupervisionMode;
import vn.ktgs.plan.Target;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportCommands.Compile;
import vn.ktgs.report.ReportCommands.Submit;
import vn.ktgs.report.ReportingPeriod;

/**
 * The seed scenario, entered through the public API only, day by day on a {@link MovableClock}: the provincial
 * agencies bloc committee issues Resolution 02-NQ/ĐU; the Party committee of the Office of the Provincial People's
 * Committee implements it with Plan 65-KH/ĐU (13 October 2024); six subordinate cells disseminate the plan, adopt
 * their 2025 KT-GS plans, carry them out (one cell late), one inspection on signs of violation ends in a warning,
 * coordination with the agency's inspection and the trade union is recorded, and quarterly and annual reports are
 * submitted (one late, one missing).
 *
 * <p>The date of 02-NQ/ĐU is not in the source document; 20 June 2024 is invented for the scenario. Names and
 * political tasks are invented too.
 */
public final class SeedScenario {

    /** The scenario's year. */
    public static final int YEAR = 2025;

    private static final String[][] CELLS = {
        {"CB-TH", "Chi bộ Phòng Tổng hợp", "Tham mưu tổng hợp, điều phối chương trình công tác của UBND tỉnh"},
        {"CB-HCTC", "Chi bộ Phòng Hành chính – Tổ chức", "Cải cách hành chính, quản lý cán bộ, công chức"},
        {"CB-KT", "Chi bộ Phòng Kinh tế", "Thẩm định, tham mưu các dự án đầu tư công của tỉnh"},
        {"CB-KGVX", "Chi bộ Phòng Khoa giáo – Văn xã", "Tham mưu phát triển giáo dục, y tế, văn hóa"},
        {"CB-NC", "Chi bộ Phòng Nội chính", "Tham mưu công tác tiếp công dân, giải quyết khiếu nại, tố cáo"},
        {"CB-TTPV", "Chi bộ Trung tâm Phục vụ hành chính công", "Giải quyết thủ tục hành chính đúng hạn cho người dân"},
    };

    private static final String[] NAMES = {
        "Nguyễn Văn Hùng", "Trần Thị Thu Hà", "Lê Quang Vinh", "Phạm Thị Hồng Nhung", "Hoàng Đức Thắng",
        "Vũ Thị Ngọc Ánh", "Đặng Văn Dũng", "Bùi Thị Lệ Quyên", "Đỗ Minh Tuấn", "Hồ Thị Mỹ Linh",
        "Ngô Văn Thành", "Dương Thị Thủy", "Lý Văn Phước", "Phan Thị Kiều Oanh", "Võ Văn Khải",
        "Trịnh Thị Hương", "Đinh Công Trứ", "Lương Thị Yến", "Mai Văn Đức", "Tạ Thị Ngân",
        "Huỳnh Văn Lộc", "Châu Thị Diễm", "Kiều Văn Khánh", "Lâm Thị Ửng", "Quách Văn Ơn",
        "Nguyễn Thị Ưng", "Trương Văn Sỹ", "Đoàn Thị Huệ", "Tôn Thất Ấn", "Âu Thị Ỷ Lan",
    };

    private final Ktgs ktgs;
    private final MovableClock clock;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final List<Organisation> cells = new ArrayList<>();
    private final Map<String, Plan> plans = new LinkedHashMap<>();
    private Organisation bloc;
    private Organisation committee;
    private Document resolution;
    private Document plan65;
    private Activity unplanned;

    private SeedScenario(Ktgs ktgs, MovableClock clock) {
        this.ktgs = ktgs;
        this.clock = clock;
    }

    /** The day the scenario ends and the year is scored: after every 2025 report was due. */
    public static final LocalDate SCORING_DAY = LocalDate.of(YEAR + 1, 2, 2);

    /** Enters the whole scenario; the clock ends on {@link #SCORING_DAY}. */
    public static SeedScenario load(Ktgs ktgs, MovableClock clock) {
        SeedScenario s = new SeedScenario(ktgs, clock);
        s.organisationTree();
        s.documents();
        s.plans();
        s.firstQuarter();
        s.reports(ReportingPeriod.quarter(YEAR, 1), LocalDate.of(YEAR, 4, 7), Map.of());
        s.secondQuarter();
        s.reports(ReportingPeriod.quarter(YEAR, 2), LocalDate.of(YEAR, 7, 7),
                Map.of("CB-HCTC", LocalDate.of(YEAR, 7, 15)));
        s.thirdQuarter();
        s.reports(ReportingPeriod.quarter(YEAR, 3), LocalDate.of(YEAR, 10, 7), Map.of("CB-KGVX", LocalDate.MAX));
        s.fourthQuarter();
        s.reports(ReportingPeriod.quarter(YEAR, 4), LocalDate.of(YEAR + 1, 1, 7), Map.of());
        s.reports(ReportingPeriod.year(YEAR), LocalDate.of(YEAR + 1, 1, 15), Map.of());
        clock.set(SCORING_DAY);
        return s;
    }

    public Organisation bloc() {
        return bloc;
    }

    /** The Party committee of the Office of the Provincial People's Committee (Đảng bộ Văn phòng UBND tỉnh). */
    public Organisation committee() {
        return committee;
    }

    /** The six subordinate cells as stored now, in order of entry. */
    public List<Organisation> cells() {
        return cells.stream().map(c -> ktgs.organisations().organisation(c.id())).toList();
    }

    /** Members by code (DV01 … DV30). */
    public Map<String, Member> members() {
        return Map.copyOf(members);
    }

    /** Resolution 02-NQ/ĐU of the bloc committee. */
    public Document resolution() {
        return resolution;
    }

    /** Plan 65-KH/ĐU of the office's committee, implementing 02-NQ/ĐU. */
    public Document plan65() {
        return plan65;
    }

    /** The inspection on signs of violation (Chi bộ Phòng Kinh tế, September 2025). */
    public Activity unplanned() {
        return ktgs.activities().activity(unplanned.id());
    }

    // ---------------------------------------------------------------- the tree

    private void organisationTree() {
        LocalDate founded = LocalDate.of(2020, 10, 1);
        clock.set(LocalDate.of(2024, 6, 1));
        var orgs = ktgs.organisations();
        bloc = orgs.register(new RegisterOrganisation("ĐUK", "Đảng ủy Khối các cơ quan tỉnh",
                OrganisationKind.BLOC_COMMITTEE, null, founded)).orThrow();
        committee = orgs.register(new RegisterOrganisation("ĐB-VPUBND", "Đảng bộ Văn phòng UBND tỉnh",
                OrganisationKind.GRASSROOTS_COMMITTEE, bloc.id(), founded)).orThrow();
        for (String[] c : CELLS) {
            cells.add(orgs.register(new RegisterOrganisation(c[0], c[1], OrganisationKind.SUBORDINATE_CELL,
                    committee.id(), founded)).orThrow());
        }
        for (int i = 0; i < NAMES.length; i++) {
            String code = String.format("DV%02d", i + 1);
            Member m = orgs.registerMember(new RegisterMember(code, NAMES[i])).orThrow();
            Organisation cell = cells.get(i / 5);
            boolean lateJoiner = code.equals("DV30");
            m = orgs.enrol(new Enrol(m.id(), cell.id(), lateJoiner ? LocalDate.of(YEAR, 3, 1) : founded,
                    lateJoiner ? MembershipStatus.PROBATIONARY : MembershipStatus.FULL)).orThrow();
            members.put(code, m);
        }
        for (int c = 0; c < cells.size(); c++) {
            Member secretary = member(c, 1);
            orgs.appoint(new Appoint(secretary.id(), cells.get(c).id(), RoleKind.SECRETARY, founded, null)).orThrow();
            orgs.appoint(new Appoint(member(c, 2).id(), cells.get(c).id(), RoleKind.DEPUTY_SECRETARY, founded, null))
                    .orThrow();
            // S6: the executive committee member who meets in this cell is assigned to guide and monitor it
            orgs.appoint(new Appoint(secretary.id(), committee.id(), RoleKind.EXECUTIVE_COMMITTEE_MEMBER, founded,
                    null)).orThrow();
            orgs.assign(new Assign(secretary.id(), cells.get(c).id(), founded, null)).orThrow();
        }
        orgs.appoint(new Appoint(members.get("DV01").id(), committee.id(), RoleKind.SECRETARY, founded, null))
                .orThrow();
        orgs.appoint(new Appoint(members.get("DV06").id(), committee.id(), RoleKind.STANDING_COMMITTEE_MEMBER,
                founded, null)).orThrow();
    }

    // ---------------------------------------------------------------- S1, S8

    private void documents() {
        Term term = new Term("2020–2025", DateRange.of(LocalDate.of(2020, 10, 1), LocalDate.of(2025, 9, 30)));
        clock.set(LocalDate.of(2024, 6, 20));
        resolution = ktgs.documents().register(new RegisterDocument("02-NQ/ĐU", bloc.id(), clock.today(), term,
                "Nghị quyết về nâng cao chất lượng kiểm tra, giám sát của chi bộ cơ sở", null)).orThrow();
        clock.set(LocalDate.of(2024, 10, 13));
        plan65 = ktgs.documents().register(new RegisterDocument("65-KH/ĐU", committee.id(), clock.today(), term,
                "Kế hoạch thực hiện Nghị quyết 02-NQ/ĐU của Đảng ủy Khối các cơ quan tỉnh", resolution.id()))
                .orThrow();
        for (int c = 0; c < cells.size(); c++) {
            LocalDate held = LocalDate.of(2024, 10, 21 + c);
            clock.set(held);
            List<MemberId> attendees = new ArrayList<>();
            for (Member m : ktgs.organisations().membersOn(cells.get(c).id(), held)) {
                if (!m.code().equals("DV19")) { // absent on the day
                    attendees.add(m.id());
                }
            }
            ktgs.documents().recordDissemination(new RecordDissemination(plan65.id(), cells.get(c).id(), held,
                    attendees, "Sinh hoạt chi bộ thường kỳ tháng 10/2024")).orThrow();
        }
    }

    // ---------------------------------------------------------------- S3

    private void plans() {
        for (int c = 0; c < cells.size(); c++) {
            Organisation cell = cells.get(c);
            String task = CELLS[c][2];
            MemberId secretary = member(c, 1).id();
            List<ItemInput> items = List.of(
                    item(ActivityKind.REGULAR_SUPERVISION, List.of(target(c, 2), target(c, 3)),
                            List.of("EXEMPLARY_CONDUCT", "PROFESSIONAL_TASKS"), task,
                            "Giám sát việc thực hiện trách nhiệm nêu gương và nhiệm vụ chuyên môn được giao",
                            LocalDate.of(YEAR, 2, 1), LocalDate.of(YEAR, 3, 31), secretary, List.of()),
                    item(ActivityKind.DUTY_INSPECTION, List.of(target(c, 4)),
                            List.of("MEMBER_DUTIES", "PROHIBITED_CONDUCT"), task,
                            "Kiểm tra việc thực hiện nhiệm vụ đảng viên và những điều đảng viên không được làm",
                            LocalDate.of(YEAR, 4, 1), LocalDate.of(YEAR, 6, 30), member(c, 2).id(),
                            List.of(secretary)),
                    item(ActivityKind.THEMATIC_SUPERVISION, List.of(target(c, 5)), List.of("ANTI_CORRUPTION_WASTE"),
                            task, "Giám sát chuyên đề việc phòng, chống lãng phí trong thực thi công vụ",
                            LocalDate.of(YEAR, 8, 1), LocalDate.of(YEAR, 10, 31), secretary, List.of()));
            plans.put(cell.code(), adopt(cell, items, LocalDate.of(YEAR, 1, 10 + c)));
        }
        List<ItemInput> committeeItems = List.of(item(ActivityKind.LOWER_ORGANISATION_INSPECTION,
                List.of(Target.organisation(cells.get(0).id()), Target.organisation(cells.get(1).id())),
                List.of("KTGS_WORK"), "Nâng cao chất lượng kiểm tra, giám sát của chi bộ theo Kế hoạch 65-KH/ĐU",
                "Kiểm tra việc xây dựng và thực hiện kế hoạch kiểm tra, giám sát năm 2025 của chi bộ",
                LocalDate.of(YEAR, 5, 1), LocalDate.of(YEAR, 6, 30), members.get("DV01").id(),
                List.of(members.get("DV06").id())));
        plans.put(committee.code(), adopt(committee, committeeItems, LocalDate.of(YEAR, 1, 8)));
    }

    private Plan adopt(Organisation org, List<ItemInput> items, LocalDate adoptedOn) {
        clock.set(adoptedOn.minusDays(3));
        Plan draft = ktgs.plans().draft(new DraftPlan(org.id(), YEAR,
                "Kế hoạch kiểm tra, giám sát năm " + YEAR + " của " + org.name(), items)).orThrow();
        clock.set(adoptedOn);
        return ktgs.plans().adopt(new Adopt(draft.id(), draft.version(), adoptedOn)).orThrow();
    }

    private static ItemInput item(ActivityKind kind, List<Target> targets, List<String> focus, String task,
                                  String content, LocalDate from, LocalDate to, MemberId responsible,
                                  List<MemberId> team) {
        return new ItemInput(null, kind, SupervisionMode.DIRECT, targets, focus, task, content, from, to,
                responsible, team);
    }

    // ---------------------------------------------------------------- S4, S5

    private void firstQuarter() {
        for (Organisation cell : cells) {
            PlanItem a = plans.get(cell.code()).items().get(0);
            Activity r = start(cell, a, LocalDate.of(YEAR, 2, 3));
            r = steps(r, LocalDate.of(YEAR, 2, 17), LocalDate.of(YEAR, 3, 3));
            r = conclude(r, LocalDate.of(YEAR, 3, 17), List.of(),
                    "Gương mẫu chấp hành giờ giấc, hoàn thành tốt nhiệm vụ chuyên môn");
            advance(r, Stage.CLOSED, LocalDate.of(YEAR, 3, 24));
        }
    }

    private void secondQuarter() {
        for (int c = 0; c < cells.size(); c++) {
            Organisation cell = cells.get(c);
            PlanItem b = plans.get(cell.code()).items().get(1);
            boolean late = c == 5;
            Activity r = start(cell, b, LocalDate.of(YEAR, 4, 1));
            if (late) {
                // the last cell verifies late and concludes after the window (in the third quarter)
                steps(r, LocalDate.of(YEAR, 4, 15), LocalDate.of(YEAR, 6, 25));
                continue;
            }
            r = steps(r, LocalDate.of(YEAR, 4, 8), LocalDate.of(YEAR, 4, 15));
            r = conclude(r, LocalDate.of(YEAR, 4, 22), List.of(), "Chấp hành tốt sinh hoạt đảng");
            followUp(r, b.targets().get(0), LocalDate.of(YEAR, 5, 22), LocalDate.of(YEAR, 5, 15),
                    LocalDate.of(YEAR, 5, 20));
        }
        PlanItem lower = plans.get(committee.code()).items().get(0);
        Activity r = start(committee, lower, LocalDate.of(YEAR, 5, 5));
        r = steps(r, LocalDate.of(YEAR, 5, 15), LocalDate.of(YEAR, 6, 5));
        r = conclude(r, LocalDate.of(YEAR, 6, 20), List.of(),
                "Chi bộ xây dựng kế hoạch kiểm tra, giám sát đúng thời hạn, xác định rõ đối tượng");
        followUp(r, Target.organisation(cells.get(1).id()), LocalDate.of(YEAR, 7, 31), LocalDate.of(YEAR, 7, 25),
                LocalDate.of(YEAR, 7, 28));
    }

    private void thirdQuarter() {
        Organisation late = cells.get(5);
        PlanItem b = plans.get(late.code()).items().get(1);
        Activity r = ktgs.activities().ofPlan(plans.get(late.code()).id()).stream()
                .filter(x -> b.id().equals(x.item())).findFirst().orElseThrow();
        r = conclude(r, LocalDate.of(YEAR, 7, 10), List.of(), "Hoàn thành nhiệm vụ được giao nhưng còn chậm");
        followUp(r, b.targets().get(0), LocalDate.of(YEAR, 8, 10), LocalDate.of(YEAR, 8, 5), LocalDate.of(YEAR, 8, 8));

        for (int c = 0; c < cells.size(); c++) {
            Organisation cell = cells.get(c);
            PlanItem item = plans.get(cell.code()).items().get(2);
            Activity s = start(cell, item, LocalDate.of(YEAR, 8, 1));
            if (c == 4) {
                clock.set(LocalDate.of(YEAR, 8, 10));
                s = ktgs.activities().recordCoordination(new RecordCoordination(s.id(), s.version(),
                        CoordinationPartner.TRADE_UNION, "Công đoàn Văn phòng UBND tỉnh", clock.today(),
                        "Phối hợp giám sát việc sử dụng kinh phí công đoàn")).orThrow();
            }
            steps(s, LocalDate.of(YEAR, 8, 15), LocalDate.of(YEAR, 9, 15));
        }

        // an inspection on signs of violation (never planned), coordinated with the agency's inspection
        Organisation kt = cells.get(2);
        Member target = members.get("DV14");
        clock.set(LocalDate.of(YEAR, 9, 5));
        Activity u = ktgs.activities().openUnplanned(new OpenUnplanned(kt.id(), List.of(Target.member(target.id())),
                "Kiểm tra đồng chí " + target.fullName() + " khi có dấu hiệu vi phạm trong thẩm định dự án",
                member(2, 1).id(), clock.today(), "Đơn phản ánh về việc chậm thẩm định hồ sơ dự án")).orThrow();
        u = advance(u, Stage.SELF_REPORT_RECEIVED, LocalDate.of(YEAR, 9, 12));
        clock.set(LocalDate.of(YEAR, 9, 15));
        u = ktgs.activities().recordCoordination(new RecordCoordination(u.id(), u.version(),
                CoordinationPartner.AGENCY_INSPECTION, "Thanh tra Văn phòng UBND tỉnh", clock.today(),
                "Thanh tra cơ quan cung cấp hồ sơ thẩm định")).orThrow();
        u = advance(u, Stage.VERIFIED, LocalDate.of(YEAR, 9, 20));
        u = conclude(u, LocalDate.of(YEAR, 9, 26), List.of(new Finding(Target.member(target.id()),
                        "Chậm thẩm định hồ sơ dự án quá thời hạn quy định", Severity.SERIOUS, true)),
                "Thành khẩn nhận khuyết điểm");
        clock.set(LocalDate.of(YEAR, 9, 26));
        u = ktgs.activities().recommend(new Recommend(u.id(), u.version(),
                "Khắc phục ngay việc chậm thẩm định, báo cáo chi bộ", Target.member(target.id()),
                LocalDate.of(YEAR, 10, 31))).orThrow();
        unplanned = u;
    }

    private void fourthQuarter() {
        Activity u = unplanned();
        clock.set(LocalDate.of(YEAR, 10, 3));
        u = ktgs.activities().decideDiscipline(new DecideDiscipline(u.id(), u.version(),
                Target.member(members.get("DV14").id()), DisciplineForm.WARNING, clock.today(),
                "Vi phạm quy định về thời hạn thẩm định hồ sơ dự án", "01-QĐ/CB")).orThrow();
        u = advance(u, Stage.FOLLOW_UP, LocalDate.of(YEAR, 10, 4));
        clock.set(LocalDate.of(YEAR, 10, 20));
        u = ktgs.activities().closeRecommendation(new CloseRecommendation(u.id(), u.version(),
                u.recommendations().get(0).id(), clock.today(), "Đã khắc phục")).orThrow();
        unplanned = advance(u, Stage.CLOSED, LocalDate.of(YEAR, 10, 25));

        for (Organisation cell : cells) {
            PlanItem c = plans.get(cell.code()).items().get(2);
            Activity r = ktgs.activities().ofPlan(plans.get(cell.code()).id()).stream()
                    .filter(x -> c.id().equals(x.item())).findFirst().orElseThrow();
            r = conclude(r, LocalDate.of(YEAR, 10, 15), List.of(), "Thực hành tiết kiệm trong sử dụng tài sản công");
            advance(r, Stage.CLOSED, LocalDate.of(YEAR, 10, 22));
        }
    }

    private Activity start(Organisation org, PlanItem item, LocalDate day) {
        clock.set(day);
        return ktgs.activities().start(new Start(plans.get(org.code()).id(), item.id(), day,
                "Thông báo đến đối tượng")).orThrow();
    }

    private Activity steps(Activity r, LocalDate selfReport, LocalDate verified) {
        return advance(advance(r, Stage.SELF_REPORT_RECEIVED, selfReport), Stage.VERIFIED, verified);
    }

    private Activity advance(Activity r, Stage stage, LocalDate day) {
        clock.set(day);
        return ktgs.activities().advance(new Advance(r.id(), r.version(), stage, day, "")).orThrow();
    }

    private Activity conclude(Activity r, LocalDate day, List<Finding> findings, String strength) {
        clock.set(day);
        return ktgs.activities().conclude(new Conclude(r.id(), r.version(), day, List.of(strength),
                List.of("Có lúc chưa chủ động báo cáo tiến độ"), findings, "BB-" + day)).orThrow();
    }

    /** One recommendation, followed up and closed before the record is closed. */
    private void followUp(Activity r, Target addressee, LocalDate due, LocalDate closedOn, LocalDate recordClosed) {
        clock.set(r.concluded().orElseThrow().concludedOn());
        r = ktgs.activities().recommend(new Recommend(r.id(), r.version(),
                "Khắc phục khuyết điểm đã chỉ ra, báo cáo kết quả", addressee, due)).orThrow();
        r = advance(r, Stage.FOLLOW_UP, clock.today().plusDays(1));
        clock.set(closedOn);
        r = ktgs.activities().closeRecommendation(new CloseRecommendation(r.id(), r.version(),
                r.recommendations().get(0).id(), closedOn, "Đã khắc phục")).orThrow();
        advance(r, Stage.CLOSED, recordClosed);
    }

    // ---------------------------------------------------------------- S9

    /**
     * Each cell submits on {@code day} unless {@code exceptions} gives another day ({@link LocalDate#MAX}: never);
     * the committee submits two days later.
     */
    private void reports(ReportingPeriod period, LocalDate day, Map<String, LocalDate> exceptions) {
        for (Organisation cell : cells) {
            LocalDate when = exceptions.getOrDefault(cell.code(), day);
            if (!when.equals(LocalDate.MAX)) {
                submit(cell, period, when, "Chi bộ thực hiện kế hoạch kiểm tra, giám sát " + period);
            }
        }
        submit(committee, period, day.plusDays(2), "Đảng bộ tổng hợp kết quả kiểm tra, giám sát " + period);
    }

    private Report submit(Organisation org, ReportingPeriod period, LocalDate day, String narrative) {
        clock.set(day);
        Report r = ktgs.reports().compile(new Compile(org.id(), period, narrative)).orThrow();
        return ktgs.reports().submit(new Submit(r.id(), r.version())).orThrow();
    }

    private Member member(int cellIndex, int position) {
        return members.get(String.format("DV%02d", cellIndex * 5 + position));
    }

    private Target target(int cellIndex, int position) {
        return Target.member(member(cellIndex, position).id());
    }
}
