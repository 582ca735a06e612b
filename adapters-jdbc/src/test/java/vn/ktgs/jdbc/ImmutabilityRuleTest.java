package vn.ktgs.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ktgs.activity.Activity;
import vn.ktgs.jdbc.internal.Immutability;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportFigures;
import vn.ktgs.report.ReportId;
import vn.ktgs.report.ReportStatus;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.testing.contract.ActivitiesContract.ActivityTestData;

/**
 * The triggers of both databases follow the one table of {@link Immutability}: on a stored row in the frozen state,
 * changing any one frozen column alone is refused (SQLSTATE KT001, {@code ktgs-immutable}) and changing a column the
 * table names as changeable is not; and every column of each table is one or the other, so that a column added by a
 * later migration must be placed in the table (and the PostgreSQL functions, which are SQL, updated with it).
 */
class ImmutabilityRuleTest extends DatabaseTest {

    /** A value of each frozen column other than the stored one (the trigger refuses before any constraint runs). */
    private Map<String, String> changedActivity() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("id", uuid(UUID.randomUUID()));
        v.put("organisation_id", uuid(world.cellB.id().value()));
        v.put("plan_id", uuid(UUID.randomUUID()));
        v.put("item_id", uuid(UUID.randomUUID()));
        v.put("kind", "'REGULAR_SUPERVISION'");
        v.put("mode", "'INDIRECT'");
        v.put("subject", "'Nội dung khác'");
        v.put("responsible_id", uuid(world.an.id().value()));
        v.put("opened_on", "DATE '2024-01-02'");
        v.put("concluded_on", "DATE '2025-12-01'");
        v.put("minutes_reference", "'BB-99/2025'");
        v.put("corrects_id", uuid(UUID.randomUUID()));
        return v;
    }

    private Map<String, String> changedReport() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("id", uuid(UUID.randomUUID()));
        v.put("organisation_id", uuid(world.cellB.id().value()));
        v.put("period_kind", "'MONTH'");
        v.put("period_year", "2024");
        v.put("period_index", "2");
        for (String figure : List.of("plans_adopted", "items_planned", "items_concluded", "activities_opened",
                "unplanned_inspections", "members_reached", "violations_found", "discipline_decisions",
                "recommendations_made", "recommendations_closed", "coordinations")) {
            v.put(figure, figure + " + 1");
        }
        v.put("computed_on", "DATE '2025-04-03'");
        v.put("narrative", "'Báo cáo đã sửa'");
        return v;
    }

    @Test
    void aConcludedRecordRefusesAChangeToEachFrozenColumnAndAcceptsTheOthers() throws SQLException {
        Activity a = ActivityTestData.concluded(world, LocalDate.of(2025, 3, 1));
        ports.activities().save(a);
        Map<String, String> changed = changedActivity();
        assertThat(changed.keySet()).containsExactlyElementsOf(Immutability.CONCLUDED_ACTIVITY.frozen());
        for (Map.Entry<String, String> c : changed.entrySet()) {
            assertThatThrownBy(() -> db.sql("UPDATE \"ktgs\".ktgs_activity SET " + c.getKey() + " = " + c.getValue()
                    + " WHERE id = " + uuid(a.id().value()))).as(c.getKey())
                    .isInstanceOf(SQLException.class).hasMessageContaining("ktgs-immutable");
        }
        assertThat(ports.activities().find(a.id())).contains(a);
        db.sql("UPDATE \"ktgs\".ktgs_activity SET version = version + 1 WHERE id = " + uuid(a.id().value()));
        assertThat(Immutability.CONCLUDED_ACTIVITY.changeable()).containsExactly("version");
        assertThatThrownBy(() -> db.sql("DELETE FROM \"ktgs\".ktgs_activity WHERE id = " + uuid(a.id().value())))
                .hasMessageContaining("ktgs-immutable");
        for (String part : Immutability.SEALED_PARTS) {
            assertThatThrownBy(() -> db.sql("DELETE FROM \"ktgs\"." + part + " WHERE activity_id = "
                    + uuid(a.id().value()))).as(part)
                    .hasMessageContaining("ktgs-immutable");
        }
        assertThatThrownBy(() -> db.sql("UPDATE \"ktgs\"." + Immutability.STEPS + " SET note = 'khác' WHERE "
                + "activity_id = " + uuid(a.id().value()))).hasMessageContaining("ktgs-immutable");
    }

    @Test
    void aRecordNotYetConcludedMayChangeEveryColumnTheRuleFreezes() {
        Activity open = ActivityTestData.opened(world, null, LocalDate.of(2025, 4, 2));
        ports.activities().save(open);
        assertThatCode(() -> db.sql("UPDATE \"ktgs\".ktgs_activity SET subject = 'Nội dung khác', mode = 'INDIRECT', "
                + "opened_on = DATE '2025-04-01' WHERE id = " + uuid(open.id().value()))).doesNotThrowAnyException();
    }

    @Test
    void aSubmittedReportRefusesAChangeToEachFrozenColumnAndMayOnlyBeReturned() throws SQLException {
        Report r = new Report(ReportId.random(), world.cellA.id(), ReportingPeriod.quarter(2025, 1),
                new ReportFigures(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), LocalDate.of(2025, 4, 1), "Báo cáo quý I",
                ReportStatus.SUBMITTED, List.of(new Report.Submission(LocalDate.of(2025, 4, 2), null, null)), 1);
        ports.reports().save(r);
        String id = uuid(r.id().value());
        Map<String, String> changed = changedReport();
        assertThat(changed.keySet()).containsExactlyElementsOf(Immutability.SUBMITTED_REPORT.frozen());
        for (Map.Entry<String, String> c : changed.entrySet()) {
            assertThatThrownBy(() -> db.sql("UPDATE \"ktgs\".ktgs_report SET " + c.getKey() + " = " + c.getValue()
                    + " WHERE id = " + id)).as(c.getKey()).isInstanceOf(SQLException.class)
                    .hasMessageContaining("ktgs-immutable");
        }
        assertThatThrownBy(() -> db.sql("UPDATE \"ktgs\".ktgs_report SET status = 'DRAFT' WHERE id = " + id))
                .hasMessageContaining("ktgs-immutable");
        for (Map.Entry<String, String> c : Map.of("report_id", uuid(UUID.randomUUID()), "seq", "7", "submitted_on",
                "DATE '2025-04-05'").entrySet()) {
            assertThat(Immutability.SUBMISSION.frozen()).contains(c.getKey());
            assertThatThrownBy(() -> db.sql("UPDATE \"ktgs\".ktgs_report_submission SET " + c.getKey() + " = "
                    + c.getValue() + " WHERE report_id = " + id)).as(c.getKey())
                    .hasMessageContaining("ktgs-immutable");
        }
        assertThat(Immutability.SUBMISSION.frozen()).hasSize(3);
        assertThat(ports.reports().find(r.id())).contains(r);

        db.sql("UPDATE \"ktgs\".ktgs_report_submission SET returned_on = DATE '2025-04-09', return_reason = 'Bổ sung' "
                + "WHERE report_id = " + id);
        db.sql("UPDATE \"ktgs\".ktgs_report SET status = 'RETURNED', version = version + 1 WHERE id = " + id);
        assertThatThrownBy(() -> db.sql("UPDATE \"ktgs\".ktgs_report_submission SET return_reason = 'khác' "
                + "WHERE report_id = " + id)).as("a return is recorded once").hasMessageContaining("ktgs-immutable");
    }

    @Test
    void everyColumnIsFrozenOrNamedChangeable() throws SQLException {
        for (Immutability.Rule rule : List.of(Immutability.CONCLUDED_ACTIVITY, Immutability.SUBMITTED_REPORT,
                Immutability.SUBMISSION)) {
            Set<String> named = new LinkedHashSet<>(rule.frozen());
            named.addAll(rule.changeable());
            assertThat(named).as(rule.table()).hasSize(rule.frozen().size() + rule.changeable().size());
            assertThat(named).as(rule.table()).containsExactlyInAnyOrderElementsOf(columns(rule.table()));
        }
    }

    private Set<String> columns(String table) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.getMetaData().getColumns(null, null, null, null)) {
            while (rs.next()) {
                if (rs.getString("TABLE_SCHEM").equalsIgnoreCase("ktgs")
                        && rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    out.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(out).as(table).isNotEmpty();
        return out;
    }

    private static String uuid(UUID id) {
        return "'" + id + "'";
    }
}
