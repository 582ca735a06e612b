package vn.ktgs.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.Conclusion;
import vn.ktgs.activity.Stage;
import vn.ktgs.activity.StageRecord;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportFigures;
import vn.ktgs.report.ReportId;
import vn.ktgs.report.ReportStatus;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.testing.contract.ActivitiesContract.ActivityTestData;
import vn.ktgs.testing.contract.PlanTestData;

/**
 * Submitted reports and concluded records cannot change, through the ports or through a host's own SQL; the
 * audit trail is append-only. The same rules on H2 (Java trigger) and PostgreSQL (PL/pgSQL triggers).
 */
class ImmutabilityTest extends DatabaseTest {

    private Report submitted() {
        Report r = new Report(ReportId.random(), world.cellA.id(), ReportingPeriod.quarter(2025, 1),
                new ReportFigures(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), LocalDate.of(2025, 4, 1), "Báo cáo quý I",
                ReportStatus.SUBMITTED, List.of(new Report.Submission(LocalDate.of(2025, 4, 2), null, null)), 1);
        ports.reports().save(r);
        return r;
    }

    @Test
    void refusesAHostsUpdateOfASubmittedReport() {
        Report r = submitted();

        assertThatThrownBy(() -> db.sql("UPDATE \"ktgs\".ktgs_report SET narrative = 'sửa lén' WHERE id = '"
                + r.id() + "'")).isInstanceOf(SQLException.class).hasMessageContaining("ktgs-immutable");
        assertThatThrownBy(() -> db.sql("UPDATE \"ktgs\".ktgs_report SET status = 'DRAFT'"))
                .hasMessageContaining("ktgs-immutable");
        assertThatThrownBy(() -> db.sql("DELETE FROM \"ktgs\".ktgs_report_submission"))
                .hasMessageContaining("ktgs-immutable");
        assertThatThrownBy(() -> db.sql("DELETE FROM \"ktgs\".ktgs_report"))
                .hasMessageContaining("ktgs-immutable");
        assertThat(ports.reports().find(r.id())).contains(r);
    }

    @Test
    void refusesASaveThatEditsASubmittedReportButRecordsItsReturn() {
        Report r = submitted();
        Report edited = new Report(r.id(), r.organisation(), r.period(), r.figures(), r.computedOn(), "sửa",
                ReportStatus.SUBMITTED, r.submissions(), 2);

        assertThatThrownBy(() -> ports.reports().save(edited)).isInstanceOf(ImmutableRecordException.class);
        assertThat(ports.reports().find(r.id())).contains(r);

        Report returned = new Report(r.id(), r.organisation(), r.period(), r.figures(), r.computedOn(),
                r.narrative(), ReportStatus.RETURNED, List.of(new Report.Submission(LocalDate.of(2025, 4, 2),
                LocalDate.of(2025, 4, 3), "Thiếu số liệu kỷ luật")), 2);
        ports.reports().save(returned);
        assertThat(ports.reports().find(r.id())).contains(returned);
        Report rewritten = new Report(r.id(), r.organisation(), r.period(), r.figures(), r.computedOn(),
                r.narrative(), ReportStatus.RETURNED, List.of(new Report.Submission(LocalDate.of(2025, 4, 2),
                LocalDate.of(2025, 4, 4), "Lý do khác")), 3);
        assertThatThrownBy(() -> ports.reports().save(rewritten)).isInstanceOf(ImmutableRecordException.class);
    }

    @Test
    void refusesAHostsChangeToAConcludedRecord() throws SQLException {
        Activity a = ActivityTestData.concluded(world, LocalDate.of(2025, 3, 1));
        ports.activities().save(a);
        String id = "'" + a.id() + "'";

        assertThatThrownBy(() -> db.sql("UPDATE \"ktgs\".ktgs_activity SET subject = 'khác' WHERE id = " + id))
                .hasMessageContaining("ktgs-immutable");
        assertThatThrownBy(() -> db.sql("UPDATE \"ktgs\".ktgs_activity SET concluded_on = NULL, "
                + "minutes_reference = NULL WHERE id = " + id)).hasMessageContaining("ktgs-immutable");
        assertThatThrownBy(() -> db.sql("DELETE FROM \"ktgs\".ktgs_conclusion_note WHERE activity_id = " + id))
                .hasMessageContaining("ktgs-immutable");
        assertThatThrownBy(() -> db.sql("INSERT INTO \"ktgs\".ktgs_violation (activity_id, seq, description, "
                + "severity, discipline_considered) VALUES (" + id + ", 9, 'thêm', 'SERIOUS', FALSE)"))
                .hasMessageContaining("ktgs-immutable");
        assertThatThrownBy(() -> db.sql("UPDATE \"ktgs\".ktgs_activity_stage SET note = 'x' WHERE activity_id = "
                + id)).hasMessageContaining("ktgs-immutable");
        assertThatThrownBy(() -> db.sql("DELETE FROM \"ktgs\".ktgs_activity_target WHERE activity_id = " + id))
                .hasMessageContaining("ktgs-immutable");
        assertThatThrownBy(() -> db.sql("DELETE FROM \"ktgs\".ktgs_activity WHERE id = " + id))
                .hasMessageContaining("ktgs-immutable");
        assertThat(ports.activities().find(a.id())).contains(a);
        db.sql("UPDATE \"ktgs\".ktgs_recommendation SET follow_up_note = 'Đang theo dõi' WHERE activity_id = "
                + id + " AND status = 'OPEN'");
    }

    @Test
    void refusesASaveThatRewritesAConclusionButAcceptsLaterSteps() {
        Activity a = ActivityTestData.concluded(world, LocalDate.of(2025, 3, 1));
        ports.activities().save(a);
        Conclusion c = a.conclusion();
        Conclusion rewritten = new Conclusion(c.concludedOn(), List.of("Chỉ có ưu điểm"), List.of(), List.of(),
                c.minutesReference());
        Activity edited = new Activity(a.id(), a.organisation(), a.plan(), a.item(), a.kind(), a.mode(),
                a.targets(), a.subject(), a.responsible(), a.stages(), rewritten, a.recommendations(),
                a.coordinations(), a.disciplines(), a.corrects(), 2);

        assertThatThrownBy(() -> ports.activities().save(edited)).isInstanceOf(ImmutableRecordException.class);
        assertThat(ports.activities().find(a.id())).contains(a);

        List<StageRecord> closing = new ArrayList<>(a.stages());
        closing.add(new StageRecord(Stage.CLOSED, LocalDate.of(2025, 6, 1), "Kết thúc"));
        Activity closed = new Activity(a.id(), a.organisation(), a.plan(), a.item(), a.kind(), a.mode(),
                a.targets(), a.subject(), a.responsible(), closing, c, List.of(), a.coordinations(),
                a.disciplines(), a.corrects(), 2);
        ports.activities().save(closed);
        assertThat(ports.activities().find(a.id())).contains(closed);
    }

    @Test
    void refusesASaveThatRewritesAnAdoptedPlanRevision() {
        Plan draft = PlanTestData.draft(world.cellA, 2025, List.of(PlanTestData.supervisionItem(world, 2025)));
        Plan adopted = PlanTestData.adopted(draft, LocalDate.of(2025, 1, 10), draft.draftItems(), null);
        ports.plans().save(draft);
        ports.plans().save(adopted);
        Plan rewritten = new Plan(draft.id(), draft.organisation(), 2025, draft.title(), List.of(),
                List.of(new PlanRevision(1, List.of(), LocalDate.of(2025, 1, 10), null)), 3);

        assertThatThrownBy(() -> ports.plans().save(rewritten)).isInstanceOf(ImmutableRecordException.class);
        assertThat(ports.plans().find(draft.id())).contains(adopted);
    }

    @Test
    void keepsTheAuditTrailAppendOnly() throws SQLException {
        assertThat(count("audit")).isPositive();

        assertThatThrownBy(() -> db.sql("UPDATE \"ktgs\".ktgs_audit SET actor = 'ai đó'"))
                .hasMessageContaining("ktgs-immutable");
        assertThatThrownBy(() -> db.sql("DELETE FROM \"ktgs\".ktgs_audit")).hasMessageContaining("ktgs-immutable");
    }
}
