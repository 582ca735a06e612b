package vn.ktgs.jdbc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.ktgs.Ports;
import vn.ktgs.testing.contract.AllPortContracts;

/**
 * Every port contract suite against the JDBC adapter, once on H2 2.x and once on a real PostgreSQL (embedded), a
 * fresh database per test: the same assertions as in memory.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(DatabaseTest.Database.class)
class JdbcContractTest extends AllPortContracts {

    /** The database of this run, set by JUnit. */
    @Parameter
    DatabaseTest.Database database;

    private TestDatabase db;

    @Override
    protected Ports freshPorts() {
        db = database.fresh();
        return db.ports();
    }

    @AfterEach
    void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }
}
