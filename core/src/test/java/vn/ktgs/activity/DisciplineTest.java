package vn.ktgs.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.activity.ActivityTestData.CONCLUDED;
import static vn.ktgs.activity.ActivityTestData.assertRejected;
import static vn.ktgs.activity.ActivityTestData.disciplinable;
import static vn.ktgs.activity.ActivityTestData.item;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ktgs.activity.ActivityCommands.DecideDiscipline;
import vn.ktgs.activity.ActivityCommands.Finding;
import vn.ktgs.common.Outcome;
import vn.ktgs.organisation.Member;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.Target;

class DisciplineTest {

    private static final LocalDate DECIDED = LocalDate.of(2025, 5, 5);

    private final ActivityTestData data = new ActivityTestData();
    private final ActivityService service = data.service;

    /** The cell's duty inspection of Bình, concluded with a violation worth considering discipline. */
    private Activity cellConcludedOnBinh() {
        return data.concluded(data.verified(data.started()), disciplinable(data.binh));
    }

    /** The committee's duty inspection of a member of a cell below it, concluded likewise. */
    private Activity committeeConcludedOn(Member m) {
        Activity a = data.started(data.org.committee.id(),
                item(ActivityKind.DUTY_INSPECTION, data.an.id(), Target.member(m.id())));
        return data.concluded(data.verified(a), disciplinable(m));
    }

    private Outcome<Activity> decide(Activity a, Target target, DisciplineForm form, LocalDate on) {
        return service.decideDiscipline(new DecideDiscipline(a.id(), a.version(), target, form, on,
                "Vi phạm quy định", "07-QĐ"));
    }

    @Test
    void letsACellWarnItsOwnMember() {
        Activity a = cellConcludedOnBinh();

        Activity decided = decide(a, Target.member(data.binh.id()), DisciplineForm.WARNING, DECIDED).orThrow();

        assertThat(service.activity(a.id()).disciplines()).containsExactlyElementsOf(decided.disciplines())
                .singleElement().extracting(Discipline::decisionReference).isEqualTo("07-QĐ");
    }

    @Test
    void rejectsACellImposingExpulsion() {
        Activity a = cellConcludedOnBinh();

        Outcome<Activity> out = decide(a, Target.member(data.binh.id()), DisciplineForm.EXPULSION, DECIDED);

        assertRejected(out, "form", "ktgs.activity.discipline.beyondCellCompetence");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    @Test
    void rejectsRemovalFromPostForAProbationaryMember() {
        Activity a = committeeConcludedOn(data.cuong);

        Outcome<Activity> out = decide(a, Target.member(data.cuong.id()), DisciplineForm.REMOVAL_FROM_POST,
                DECIDED);

        assertRejected(out, "form", "ktgs.activity.discipline.formDoesNotFit");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    @Test
    void letsACommitteeRemoveAFullMemberFromPost() {
        Activity a = committeeConcludedOn(data.binh);

        Activity decided = decide(a, Target.member(data.binh.id()), DisciplineForm.REMOVAL_FROM_POST, DECIDED)
                .orThrow();

        assertThat(decided.disciplines()).extracting(Discipline::form)
                .containsExactly(DisciplineForm.REMOVAL_FROM_POST);
    }

    @Test
    void letsACommitteeDissolveALowerCellButNotExpelIt() {
        Target cell = Target.organisation(data.otherCell.id());
        Activity started = data.started(data.org.committee.id(),
                item(ActivityKind.LOWER_ORGANISATION_INSPECTION, data.an.id(), cell));
        Activity a = data.concluded(data.verified(started),
                new Finding(cell, "Không tổ chức kiểm tra, giám sát", Severity.VERY_SERIOUS, true));

        Outcome<Activity> expelled = decide(a, cell, DisciplineForm.EXPULSION, DECIDED);
        assertRejected(expelled, "form", "ktgs.activity.discipline.formDoesNotFit");
        assertThat(service.activity(a.id())).isEqualTo(a);

        Activity dissolved = decide(a, cell, DisciplineForm.DISSOLUTION, DECIDED).orThrow();
        assertThat(dissolved.disciplines()).extracting(Discipline::form).containsExactly(DisciplineForm.DISSOLUTION);
    }

    @Test
    void rejectsACellDiscipliningAnOrganisation() {
        // A plan that bypassed the plan rules: the cell's item names an organisation.
        Target other = Target.organisation(data.otherCell.id());
        Activity started = data.started(item(ActivityKind.THEMATIC_INSPECTION, data.an.id(), other));
        Activity a = data.concluded(data.verified(started),
                new Finding(other, "Vi phạm", Severity.SERIOUS, true));

        Outcome<Activity> out = decide(a, other, DisciplineForm.REPRIMAND, DECIDED);

        assertRejected(out, "target", "ktgs.activity.discipline.cellCannotDisciplineOrganisation");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    @Test
    void rejectsDisciplineWithoutAFindingWorthConsideringIt() {
        Activity a = data.concluded(data.verified(data.started()),
                new Finding(Target.member(data.binh.id()), "Chậm nộp đảng phí", Severity.LESS_SERIOUS, false));

        Outcome<Activity> out = decide(a, Target.member(data.binh.id()), DisciplineForm.REPRIMAND, DECIDED);

        assertRejected(out, "target", "ktgs.activity.discipline.noFinding");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    @Test
    void rejectsDisciplineBeforeTheRecordIsConcluded() {
        Activity a = data.verified(data.started());

        Outcome<Activity> out = decide(a, Target.member(data.binh.id()), DisciplineForm.REPRIMAND, DECIDED);

        assertRejected(out, "activityId", "ktgs.activity.discipline.notConcluded");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    @Test
    void rejectsADecisionDatedBeforeTheConclusion() {
        Activity a = cellConcludedOnBinh();

        Outcome<Activity> out = decide(a, Target.member(data.binh.id()), DisciplineForm.REPRIMAND,
                CONCLUDED.minusDays(1));

        assertRejected(out, "decidedOn", "ktgs.activity.discipline.beforeConclusion");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    @Test
    void rejectsASecondDecisionOnTheSameTarget() {
        Activity a = decide(cellConcludedOnBinh(), Target.member(data.binh.id()), DisciplineForm.REPRIMAND, DECIDED)
                .orThrow();

        Outcome<Activity> out = decide(a, Target.member(data.binh.id()), DisciplineForm.WARNING, DECIDED);

        assertRejected(out, "target", "ktgs.activity.discipline.duplicate");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }

    @Test
    void rejectsDisciplineOnAClosedRecord() {
        Activity a = data.advance(cellConcludedOnBinh(), Stage.CLOSED, DECIDED);

        Outcome<Activity> out = decide(a, Target.member(data.binh.id()), DisciplineForm.REPRIMAND, DECIDED);

        assertRejected(out, "activityId", "ktgs.activity.closed");
        assertThat(service.activity(a.id())).isEqualTo(a);
    }
}
