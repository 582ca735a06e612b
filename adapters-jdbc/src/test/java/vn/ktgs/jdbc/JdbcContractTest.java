package vn.ktgs.jdbc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.ktgs.Ports;
import vn.ktgs.testing.contract.OrganisationsContract;
import vn.ktgs.testing.contract.MembersContract;
import vn.ktgs.testing.contract.DocumentsContract;
import vn.ktgs.testing.contract.DisseminationsContract;
import vn.ktgs.testing.contract.PlansContract;
import vn.ktgs.testing.contract.ActivitiesContract;
import vn.ktgs.testing.contract.ReportsContract;

/**
 * Every port contract suite against the JDBC adapter, once on H2 2.x and once on a real PostgreSQL (embedded), a
 * fresh database per test: the same assertions as in memory.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(DatabaseTest.Database.class)
class JdbcContractTest {

    /** The database of this run, set by JUnit. */
    @Parameter
    DatabaseTest.Database database;

    private TestDatabase db;

    private Ports freshPorts() {
        db = database.fresh();
        return db.ports();
    }

    @AfterEach
    void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Nested
    class Organisations extends OrganisationsContract {
        @Override
        protected Ports freshPorts() {
            return JdbcContractTest.this.freshPorts();
        }
    }

    @Nested
    class Members extends MembersContract {
        @Override
        protected Ports freshPorts() {
            return JdbcContractTest.this.freshPorts();
        }
    }

    @Nested
    class Documents extends DocumentsContract {
        @Override
        protected Ports freshPorts() {
            return JdbcContractTest.this.freshPorts();
        }
    }

    @Nested
    class Disseminations extends DisseminationsContract {
        @Override
        protected Ports freshPorts() {
            return JdbcContractTest.this.freshPorts();
        }
    }

    @Nested
    class Plans extends PlansContract {
        @Override
        protected Ports freshPorts() {
            return JdbcContractTest.this.freshPorts();
        }
    }

    @Nested
    class Activities extends ActivitiesContract {
        @Override
        protected Ports freshPorts() {
            return JdbcContractTest.this.freshPorts();
        }
    }

    @Nested
    class Reports extends ReportsContract {
        @Override
        protected Ports freshPorts() {
            return JdbcContractTest.this.freshPorts();
        }
    }
}
