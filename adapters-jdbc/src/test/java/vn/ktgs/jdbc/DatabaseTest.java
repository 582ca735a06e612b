package vn.ktgs.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.ktgs.Ports;
import vn.ktgs.testing.contract.TestWorld;

/**
 * A test over a fresh database with the adapter open on it and a small world saved. A subclass runs once per
 * {@link Database} (JUnit's {@code @ParameterizedClass}, inherited), its runs named "on H2" and "on PostgreSQL".
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(DatabaseTest.Database.class)
abstract class DatabaseTest {

    /** The databases every subclass runs on; each test gets a fresh, migrated one. */
    enum Database {
        H2("H2", TestDatabase::h2),
        POSTGRESQL("PostgreSQL", TestDatabase::postgres);

        private final String label;
        private final Supplier<TestDatabase> fresh;

        Database(String label, Supplier<TestDatabase> fresh) {
            this.label = label;
            this.fresh = fresh;
        }

        /** A fresh, migrated database of this kind. */
        TestDatabase fresh() {
            return fresh.get();
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The database of this run, set by JUnit. */
    @Parameter
    Database database;

    protected TestDatabase db;
    protected JdbcPorts jdbc;
    protected Ports ports;
    protected TestWorld world;

    @BeforeEach
    void openDatabase() {
        db = database.fresh();
        jdbc = db.open();
        ports = jdbc.ports();
        world = TestWorld.create(ports);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    /** The first column of the first row of {@code query}, run as the host's own SQL. */
    protected Object scalar(String query) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getObject(1);
        }
    }

    /** {@code count(*)} of a library table, by its name without prefix. */
    protected long count(String table) throws SQLException {
        return ((Number) scalar("SELECT COUNT(*) FROM \"ktgs\".ktgs_" + table)).longValue();
    }
}
