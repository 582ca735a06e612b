package vn.ktgs.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ktgs.Ports;
import vn.ktgs.activity.Activity;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.testing.contract.ActivitiesContract.ActivityTestData;
import vn.ktgs.testing.contract.TestData;
import vn.ktgs.testing.contract.TestWorld;

/**
 * On PostgreSQL a bulk load writes its rows with {@code COPY ... FROM STDIN} (the driver's COPY API, not JDBC
 * statements). The connection is lost for real in the middle of each COPY of a bulk load in turn (its server
 * process terminated when half the COPY's data has gone): the load fails, nothing of it is stored in any table
 * (no row, no audit row), and the next load, on a new connection of the pool, stores everything.
 */
class CopyFaultInjectionTest {

    private TestDatabase db;
    private Ports ports;
    private TestWorld world;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.postgres();
        ports = db.open().ports();
        world = TestWorld.create(ports);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    /** A connection of its own to the test's database, outside the pool the loads use (and may leave broken). */
    private Connection own() throws SQLException {
        return DriverManager.getConnection(((HikariDataSource) db.dataSource()).getJdbcUrl(), "postgres", null);
    }

    /** The same as a DataSource, for terminating the loads' connections. */
    private DataSource admin() {
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setUrl(((HikariDataSource) db.dataSource()).getJdbcUrl());
        ds.setUser("postgres");
        return ds;
    }

    /** The number of rows of every table of the library. */
    private Map<String, Long> rows() throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = own(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'ktgs' AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"ktgs\".\"" + t + "\"")) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        }
        return out;
    }

    /**
     * Runs {@code load} with the connection lost in its first COPY, then its second, and so on, checking after each
     * that nothing changed, until a run has fewer COPYs than the one to break: that run stored the load. Answers
     * the number of COPYs of the load.
     */
    private int breakEachCopyOf(FailingDataSource faulty, Runnable load) throws SQLException {
        Map<String, Long> before = rows();
        for (int n = 1; ; n++) {
            faulty.killCopyAt(n, admin());
            try {
                load.run();
            } catch (KtgsDataAccessException e) {
                assertThat(rows()).as("after losing the connection in COPY %d", n).isEqualTo(before);
                assertThat(faulty.copies()).as("COPY %d", n).isEqualTo(n);
                continue;
            }
            assertThat(faulty.copies()).as("the load that went through").isEqualTo(n - 1);
            assertThat(rows()).isNotEqualTo(before);
            return n - 1;
        }
    }

    @Test
    void aConnectionLostInTheMiddleOfAnyCopyOfABulkLoadLeavesNothingOfIt() throws SQLException {
        FailingDataSource faulty = new FailingDataSource(db.dataSource());
        JdbcPorts broken = JdbcPorts.open(faulty.dataSource(), JdbcOptions.builder(Actor.fixed(TestDatabase.ACTOR),
                TestDatabase.CLOCK).build());
        List<Organisation> cells = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < BulkLoader.FLUSH_EVERY + 100; i++) {
            Organisation cell = TestData.organisation(String.format("C-%04d", i), "Chi bộ số " + i + " – Ưng Ấn",
                    OrganisationKind.SUBORDINATE_CELL, world.committee.id());
            cells.add(cell);
            members.add(TestData.member(String.format("M-%04d", i), "Đảng viên Nguyễn Thị Ưng " + i, cell.id()));
        }
        List<Activity> activities = List.of(ActivityTestData.concluded(world, LocalDate.of(2025, 3, 1)),
                ActivityTestData.concluded(world, LocalDate.of(2025, 4, 1)));

        int copies = breakEachCopyOf(faulty, () -> broken.bulk().organisations(cells))
                + breakEachCopyOf(faulty, () -> broken.bulk().members(members))
                + breakEachCopyOf(faulty, () -> broken.bulk().activities(activities));

        // two flushes of organisations and of members (rows and audit rows each), the record's tables
        assertThat(copies).isGreaterThanOrEqualTo(8);
        assertThat(ports.organisations().children(world.committee.id())).hasSize(cells.size() + 2);
        assertThat(ports.organisations().find(cells.get(550).id())).contains(cells.get(550));
        assertThat(ports.members().find(members.get(555).id())).contains(members.get(555));
        assertThat(ports.activities().find(activities.get(1).id())).contains(activities.get(1));
    }
}
