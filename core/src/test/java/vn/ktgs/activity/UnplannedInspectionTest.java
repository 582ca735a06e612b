package vn.ktgs.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.activity.ActivityTestData.NOTIFIED;
import static vn.ktgs.activity.ActivityTestData.assertRejected;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ktgs.activity.ActivityCommands.OpenUnplanned;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Violation;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.Target;

class UnplannedInspectionTest {

    private final ActivityTestData data = new ActivityTestData();
    private final ActivityService service = data.service;

    private Outcome<Activity> open(Organisation org, Member responsible, LocalDate on, Target... targets) {
        return service.openUnplanned(new OpenUnplanned(org.id(), List.of(targets), "Dấu hiệu vi phạm quy định",
                responsible.id(), on, "Đơn phản ánh ngày 01/3/2025"));
    }

    @Test
    void opensAnInspectionOnSignsOfViolationOutsideAnyPlan() {
        Activity a = open(data.cell, data.an, NOTIFIED, Target.member(data.binh.id())).orThrow();

        assertThat(a.kind()).isEqualTo(ActivityKind.SIGNS_OF_VIOLATION_INSPECTION);
        assertThat(a.isPlanned()).isFalse();
        assertThat(a.stages()).singleElement().satisfies(s -> {
            assertThat(s.stage()).isEqualTo(Stage.NOTIFIED);
            assertThat(s.note()).isEqualTo("Đơn phản ánh ngày 01/3/2025");
        });
        assertThat(service.ofOrganisation(data.cell.id())).containsExactly(a);
    }

    @Test
    void rejectsATargetWhoIsNotAMemberOfTheCell() {
        Outcome<Activity> out = open(data.cell, data.an, NOTIFIED, Target.member(data.dung.id()));

        assertRejected(out, "targets[0]", "ktgs.activity.target.notMember");
        assertThat(service.ofOrganisation(data.cell.id())).isEmpty();
    }

    @Test
    void rejectsATargetWhoHadNotYetJoinedOnTheDayOfNotification() {
        Outcome<Activity> out = open(data.cell, data.an, LocalDate.of(2025, 2, 20), Target.member(data.cuong.id()));

        assertRejected(out, "targets[0]", "ktgs.activity.target.notMember");
        assertThat(service.ofOrganisation(data.cell.id())).isEmpty();
    }

    @Test
    void letsACommitteeInspectAMemberOfACellBelowIt() {
        Activity a = open(data.org.committee, data.an, NOTIFIED, Target.member(data.dung.id())).orThrow();

        assertThat(service.ofOrganisation(data.org.committee.id())).containsExactly(a);
    }

    @Test
    void rejectsAnOrganisationAsTheTargetOfACell() {
        Outcome<Activity> out = open(data.cell, data.an, NOTIFIED, Target.organisation(data.otherCell.id()));

        assertRejected(out, "targets[0]", "ktgs.activity.target.organisationOfCell");
        assertThat(service.ofOrganisation(data.cell.id())).isEmpty();
    }

    @Test
    void letsACommitteeInspectALowerOrganisationButNotAHigherOne() {
        Outcome<Activity> higher = open(data.org.committee, data.an, NOTIFIED,
                Target.organisation(data.org.bloc.id()));
        assertRejected(higher, "targets[0]", "ktgs.activity.target.notLower");
        assertThat(service.ofOrganisation(data.org.committee.id())).isEmpty();

        Activity lower = open(data.org.committee, data.an, NOTIFIED, Target.organisation(data.otherCell.id()))
                .orThrow();
        assertThat(service.ofOrganisation(data.org.committee.id())).containsExactly(lower);
    }

    @Test
    void rejectsATargetNamedTwice() {
        Target binh = Target.member(data.binh.id());

        Outcome<Activity> out = open(data.cell, data.an, NOTIFIED, binh, binh);

        assertRejected(out, "targets[1]", "ktgs.activity.target.duplicate");
        assertThat(service.ofOrganisation(data.cell.id())).isEmpty();
    }

    @Test
    void rejectsAResponsibleMemberFromAnotherCell() {
        Outcome<Activity> out = open(data.cell, data.dung, NOTIFIED, Target.member(data.binh.id()));

        assertRejected(out, "responsible", "ktgs.activity.responsible.notMember");
        assertThat(service.ofOrganisation(data.cell.id())).isEmpty();
    }

    @Test
    void rejectsAnUnknownOrganisationAndNoTargetsTogether() {
        OrganisationId unknown = OrganisationId.random();

        Outcome<Activity> out = service.openUnplanned(new OpenUnplanned(unknown, List.of(), "Dấu hiệu",
                data.an.id(), NOTIFIED, "Đơn"));
        Outcome<Activity> unknownOnly = service.openUnplanned(new OpenUnplanned(unknown,
                List.of(Target.member(data.binh.id())), "Dấu hiệu", data.an.id(), NOTIFIED, "Đơn"));

        assertRejected(out, "targets", "jakarta.validation.constraints.NotEmpty.message");
        assertRejected(unknownOnly, "organisation", "ktgs.organisation.unknown");
        assertThat(unknownOnly.violations()).extracting(Violation::path).containsExactly("organisation");
        assertThat(service.ofOrganisation(unknown)).isEmpty();
    }
}
