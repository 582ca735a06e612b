package vn.ktgs.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.ktgs.Ports;
import vn.ktgs.testing.contract.TestWorld;

/** A test over a fresh database with the adapter open on it and a small world saved. */
abstract class DatabaseTest {

    protected TestDatabase db;
    protected JdbcPorts jdbc;
    protected Ports ports;
    protected TestWorld world;

    /** A fresh, migrated database: H2 or PostgreSQL. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void openDatabase() {
        db = newDatabase();
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
