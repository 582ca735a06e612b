package vn.ktgs.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.ktgs.Ports;
import vn.ktgs.testing.contract.TestWorld;

/** From an empty database to the latest schema, twice (the second run changes nothing), on every database. */
class MigrationTest {

    private static final List<String> TABLES = List.of("ktgs_activity", "ktgs_activity_stage", "ktgs_activity_target",
            "ktgs_audit", "ktgs_conclusion_note", "ktgs_coordination", "ktgs_discipline", "ktgs_dissemination",
            "ktgs_dissemination_attendee", "ktgs_document", "ktgs_member", "ktgs_member_role", "ktgs_membership",
            "ktgs_org_assignment", "ktgs_organisation", "ktgs_plan", "ktgs_plan_item", "ktgs_plan_item_focus",
            "ktgs_plan_item_target", "ktgs_plan_item_team", "ktgs_plan_revision", "ktgs_recommendation",
            "ktgs_report", "ktgs_report_submission", "ktgs_schema_history", "ktgs_sent_notice",
            "ktgs_sent_notice_recipient", "ktgs_violation");
    /** V1 tables, V2 triggers, V4 sent notices; on PostgreSQL also V3 (per-statement insert guards, fillfactor). */
    private static final int H2_MIGRATIONS = 3;
    private static final int POSTGRESQL_MIGRATIONS = 4;

    @Test
    void migratesAnEmptyH2DatabaseOnceAndThenNothing() {
        try (TestDatabase db = TestDatabase.emptyH2(false)) {
            migratesTwiceAndWorks(db, "ktgs");
        }
    }

    @Test
    void migratesAnEmptyH2DatabaseInPostgresqlModeOnceAndThenNothing() {
        try (TestDatabase db = TestDatabase.emptyH2(true)) {
            migratesTwiceAndWorks(db, "ktgs");
        }
    }

    @Test
    void migratesAnEmptyPostgresqlDatabaseOnceAndThenNothing() {
        try (TestDatabase db = TestDatabase.emptyPostgres()) {
            migratesTwiceAndWorks(db, "ktgs");
        }
    }

    @Test
    void keepsTwoProvincesApartInSchemasOfTheirChoice() {
        try (TestDatabase db = TestDatabase.emptyPostgres()) {
            migratesTwiceAndWorks(db, "tinh_a");
            assertThat(KtgsSchema.migrate(db.dataSource(), "tinh_b")).isEqualTo(POSTGRESQL_MIGRATIONS);

            assertThat(ports(db, "tinh_a").organisations().all()).hasSize(4);
            assertThat(ports(db, "tinh_b").organisations().all()).isEmpty();
            TestWorld.create(ports(db, "tinh_b"));
            assertThat(ports(db, "tinh_b").organisations().all()).hasSize(4);
        }
    }

    @Test
    void letsAHostRunTheMigrationsWithItsOwnFlyway() {
        try (TestDatabase db = TestDatabase.emptyH2(false)) {
            Flyway host = Flyway.configure().dataSource(db.dataSource()).schemas("ktgs").createSchemas(true)
                    .table(KtgsSchema.HISTORY_TABLE).locations(KtgsSchema.locations(db.dataSource())
                            .toArray(String[]::new)).load();

            assertThat(host.migrate().migrationsExecuted).isEqualTo(H2_MIGRATIONS);
            assertThat(KtgsSchema.migrate(db.dataSource(), "ktgs")).isZero();
            assertThat(KtgsSchema.flyway(db.dataSource(), "ktgs").info().pending()).isEmpty();
        }
    }

    private static void migratesTwiceAndWorks(TestDatabase db, String schema) {
        assertThat(KtgsSchema.migrate(db.dataSource(), schema))
                .isEqualTo(db.kind().equals("PostgreSQL") ? POSTGRESQL_MIGRATIONS : H2_MIGRATIONS);
        assertThat(tables(db.dataSource(), schema)).containsExactlyElementsOf(TABLES);

        assertThat(KtgsSchema.migrate(db.dataSource(), schema)).isZero();
        assertThat(tables(db.dataSource(), schema)).containsExactlyElementsOf(TABLES);
        Ports ports = ports(db, schema);
        TestWorld w = TestWorld.create(ports);
        assertThat(ports.members().ofOrganisation(w.cellA.id())).containsExactly(w.ung, w.an);
    }

    private static Ports ports(TestDatabase db, String schema) {
        return JdbcPorts.create(db.dataSource(), JdbcOptions.builder(Actor.fixed(TestDatabase.ACTOR),
                TestDatabase.CLOCK).schema(schema).build());
    }

    private static List<String> tables(DataSource ds, String schema) {
        try (Connection c = ds.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
            out.sort(null);
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
