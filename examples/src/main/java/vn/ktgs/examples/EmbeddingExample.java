package vn.ktgs.examples;

import jakarta.validation.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.common.Outcome;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationCommands.Enrol;
import vn.ktgs.organisation.OrganisationCommands.RegisterMember;
import vn.ktgs.organisation.OrganisationCommands.RegisterOrganisation;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.plan.PlanCommands.DraftPlan;

/** The README's embedding example, compiled and run by the test suite so that it cannot rot. */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /** Runs the example and returns the lines it prints. */
    public static List<String> run() {
        // --8<-- [start:readme]
        var validator = Validation.buildDefaultValidatorFactory().getValidator();
        var clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
        Ktgs ktgs = Ktgs.builder(Ports.inMemory(), validator, clock).build();   // or JdbcPorts over a DataSource

        var orgs = ktgs.organisations();
        LocalDate founded = LocalDate.of(2020, 10, 1);
        Organisation committee = orgs.register(new RegisterOrganisation("ĐB-VPUBND", "Đảng bộ Văn phòng UBND tỉnh",
                OrganisationKind.GRASSROOTS_COMMITTEE, null, founded)).orThrow();
        Organisation cell = orgs.register(new RegisterOrganisation("CB-TH", "Chi bộ Phòng Tổng hợp",
                OrganisationKind.SUBORDINATE_CELL, committee.id(), founded)).orThrow();
        Member an = orgs.registerMember(new RegisterMember("DV01", "Nguyễn Văn An")).orThrow();
        orgs.enrol(new Enrol(an.id(), cell.id(), founded, MembershipStatus.FULL)).orThrow();

        // A plan with an item that names no target: rejected with every gap, in Vietnamese or English.
        Outcome<?> outcome = ktgs.plans().draft(new DraftPlan(cell.id(), 2025, "Kế hoạch KT-GS năm 2025", List.of(
                new vn.ktgs.plan.PlanCommands.ItemInput(null, vn.ktgs.plan.ActivityKind.REGULAR_SUPERVISION,
                        vn.ktgs.plan.SupervisionMode.DIRECT, List.of(), List.of("EXEMPLARY_CONDUCT"), "",
                        "Giám sát việc nêu gương", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31), an.id(),
                        List.of()))));
        List<String> lines = outcome.violations().stream()
                .map(v -> v.path() + ": " + v.message(java.util.Locale.forLanguageTag("vi"))).toList();
        // --8<-- [end:readme]
        return lines;
    }

    public static void main(String[] args) {
        run().forEach(System.out::println);
    }
}
