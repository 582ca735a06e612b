package vn.ktgs.documents;

import jakarta.validation.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.access.Caller;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ActivityCommands.Advance;
import vn.ktgs.activity.ActivityCommands.Conclude;
import vn.ktgs.activity.ActivityCommands.Finding;
import vn.ktgs.activity.ActivityCommands.Recommend;
import vn.ktgs.activity.ActivityCommands.Start;
import vn.ktgs.activity.Severity;
import vn.ktgs.activity.Stage;
import vn.ktgs.document.DocumentNumber;
import vn.ktgs.json.JsonCriteriaSets;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationCommands.Appoint;
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
import vn.ktgs.plan.SupervisionMode;
import vn.ktgs.plan.Target;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportCommands.Compile;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.scoring.CommitteeScores;

/**
 * Test data through the library's own commands: a bloc committee, the office's committee and one cell ("Chi bộ
 * Phòng Tổng hợp") with its secretary and two members; the cell's 2025 plan adopted, its first item carried to a
 * conclusion with a violation and a recommendation, and the cell's report of 2025-Q2 compiled. Today is
 * 10/01/2026.
 */
final class Scenario {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate TODAY = LocalDate.of(2026, 1, 10);
    static final LocalDate FOUNDED = LocalDate.of(2020, 10, 1);
    static final LocalDate ISSUED = LocalDate.of(2026, 1, 5);
    static final String NARRATIVE = "Chi bộ đã triển khai đầy đủ các nội dung kiểm tra, giám sát theo kế hoạch.\n"
            + "Hạn chế: việc báo cáo tiến độ có lúc chưa kịp thời.";

    final Ktgs ktgs = Ktgs.builder(Ports.inMemory(), Validation.buildDefaultValidatorFactory().getValidator(),
            Clock.fixed(TODAY.atTime(9, 0).atZone(HANOI).toInstant(), HANOI)).build();
    final Organisation bloc;
    final Organisation committee;
    final Organisation cell;
    final Member secretary;
    final Member binh;
    final Member cuong;
    final Member committeeSecretary;
    Plan plan;
    Activity concluded;
    Report report;

    Scenario() {
        this("Chi bộ Phòng Tổng hợp", NARRATIVE);
    }

    Scenario(String cellName, String narrative) {
        bloc = organisation("ĐUK", "Đảng ủy Khối các cơ quan tỉnh", OrganisationKind.BLOC_COMMITTEE, null);
        committee = organisation("ĐB-VPUBND", "Đảng bộ Văn phòng UBND tỉnh", OrganisationKind.GRASSROOTS_COMMITTEE,
                bloc);
        cell = organisation("CB-TH", cellName, OrganisationKind.SUBORDINATE_CELL, committee);
        secretary = member("DV01", "Nguyễn Văn An", cell);
        ktgs.organisations().appoint(new Appoint(secretary.id(), cell.id(), RoleKind.SECRETARY, FOUNDED, null))
                .orThrow();
        binh = member("DV02", "Trần Thị Bình", cell);
        cuong = member("DV03", "Lê Văn Cường", cell);
        committeeSecretary = member("DV04", "Phạm Thị Dung", cell);
        ktgs.organisations().appoint(new Appoint(committeeSecretary.id(), committee.id(), RoleKind.SECRETARY, FOUNDED,
                null)).orThrow();
        plan = ktgs.plans().draft(new DraftPlan(cell.id(), 2025, "Kế hoạch kiểm tra, giám sát năm 2025", List.of(
                item(ActivityKind.DUTY_INSPECTION, "Kiểm tra việc thực hiện nhiệm vụ đảng viên của đồng chí Trần Thị Bình",
                        binh, cuong, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30)),
                item(ActivityKind.REGULAR_SUPERVISION, "Giám sát việc nêu gương của đảng viên",
                        cuong, binh, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 9, 30))))).orThrow();
        plan = ktgs.plans().adopt(new Adopt(plan.id(), plan.version(), LocalDate.of(2025, 1, 15))).orThrow();
        Activity a = ktgs.activities().start(new Start(plan.id(), plan.items().get(0).id(), LocalDate.of(2025, 3, 10),
                "Thông báo đến đối tượng")).orThrow();
        a = ktgs.activities().advance(new Advance(a.id(), a.version(), Stage.SELF_REPORT_RECEIVED,
                LocalDate.of(2025, 3, 20), "")).orThrow();
        a = ktgs.activities().advance(new Advance(a.id(), a.version(), Stage.VERIFIED, LocalDate.of(2025, 4, 5), ""))
                .orThrow();
        a = ktgs.activities().conclude(new Conclude(a.id(), a.version(), LocalDate.of(2025, 4, 20),
                List.of("Chấp hành tốt nghị quyết của chi bộ"), List.of("Có lúc chưa chủ động báo cáo tiến độ"),
                List.of(new Finding(Target.member(binh.id()), "Chậm kê khai tài sản, thu nhập năm 2024",
                        Severity.LESS_SERIOUS, false)), "BB-2025-04-20")).orThrow();
        concluded = ktgs.activities().recommend(new Recommend(a.id(), a.version(),
                "Hoàn thành kê khai bổ sung, báo cáo chi bộ", Target.member(binh.id()), LocalDate.of(2025, 6, 30)))
                .orThrow();
        report = ktgs.reports().compile(new Compile(cell.id(), ReportingPeriod.parse("2025-Q2"), narrative))
                .orThrow();
    }

    Caller asSecretary() {
        return Caller.member(secretary.id());
    }

    /** The committee's secretary: reads everything below the committee, confidential content included. */
    Caller committeeSecretary() {
        return Caller.member(committeeSecretary.id());
    }

    /** An ordinary member of the cell: may read its records, not their confidential content. */
    Caller asMember() {
        return Caller.member(cuong.id());
    }

    /** Someone from outside: may read nothing of the cell. */
    Caller asStranger() {
        Member m = ktgs.organisations().registerMember(new RegisterMember("DV99", "Người Ngoài")).orThrow();
        return Caller.member(m.id());
    }

    /** An administrator who is not a member: may read every organisation, no confidential content. */
    static Caller adminCaller() {
        return Caller.administrator();
    }

    static Issuance issuance(String number) {
        return Issuance.of(DocumentNumber.parse(number), ISSUED);
    }

    CommitteeScores scores() {
        return ktgs.scoring().score(committee.id(), 2025, JsonCriteriaSets.shippedDefault(), List.of());
    }

    /** Adds {@code n} cells to the committee, each with one member, the first {@code longNames} with long names. */
    List<Organisation> moreCells(int n, int longNames) {
        List<Organisation> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String name = i <= longNames
                    ? "Chi bộ Trung tâm Phục vụ hành chính công, Chuyển đổi số và Đổi mới sáng tạo tỉnh, tổ số " + i
                    : "Chi bộ Phòng " + i;
            Organisation c = organisation(String.format("CB-%03d", i), name, OrganisationKind.SUBORDINATE_CELL,
                    committee);
            member(String.format("X%03d", i), "Đảng viên Số " + i, c);
            out.add(c);
        }
        return out;
    }

    private ItemInput item(ActivityKind kind, String content, Member target, Member team, LocalDate from,
                           LocalDate to) {
        return new ItemInput(null, kind, SupervisionMode.DIRECT, List.of(Target.member(target.id())),
                List.of("MEMBER_DUTIES", "ASSET_DECLARATION"), "Cải cách hành chính, nâng cao chất lượng tham mưu",
                content, from, to, secretary.id(), List.of(team.id()));
    }

    private Organisation organisation(String code, String name, OrganisationKind kind, Organisation parent) {
        return ktgs.organisations().register(new RegisterOrganisation(code, name, kind,
                parent == null ? null : parent.id(), FOUNDED)).orThrow();
    }

    private Member member(String code, String name, Organisation in) {
        Member m = ktgs.organisations().registerMember(new RegisterMember(code, name)).orThrow();
        return ktgs.organisations().enrol(new Enrol(m.id(), in.id(), FOUNDED, MembershipStatus.FULL)).orThrow();
    }
}
