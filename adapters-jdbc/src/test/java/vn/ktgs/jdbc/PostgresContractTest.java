package vn.ktgs.jdbc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import vn.ktgs.Ports;
import vn.ktgs.testing.contract.ActivitiesContract;
import vn.ktgs.testing.contract.DisseminationsContract;
import vn.ktgs.testing.contract.DocumentsContract;
import vn.ktgs.testing.contract.MembersContract;
import vn.ktgs.testing.contract.OrganisationsContract;
import vn.ktgs.testing.contract.PlansContract;
import vn.ktgs.testing.contract.ReportsContract;

/** Every port contract suite against the JDBC adapter on a real PostgreSQL (embedded, one database per test): the same assertions as in memory. */
class PostgresContractTest {

    private TestDatabase db;

    private Ports freshPorts() {
        db = TestDatabase.postgres();
        return db.ports();
    }

    @AfterEach
    void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Nested
    class PostgresOrganisations extends OrganisationsContract {
        @Override
        protected Ports freshPorts() {
            return PostgresContractTest.this.freshPorts();
        }
    }

    @Nested
    class PostgresMembers extends MembersContract {
        @Override
        protected Ports freshPorts() {
            return PostgresContractTest.this.freshPorts();
        }
    }

    @Nested
    class PostgresDocuments extends DocumentsContract {
        @Override
        protected Ports freshPorts() {
            return PostgresContractTest.this.freshPorts();
        }
    }

    @Nested
    class PostgresDisseminations extends DisseminationsContract {
        @Override
        protected Ports freshPorts() {
            return PostgresContractTest.this.freshPorts();
        }
    }

    @Nested
    class PostgresPlans extends PlansContract {
        @Override
        protected Ports freshPorts() {
            return PostgresContractTest.this.freshPorts();
        }
    }

    @Nested
    class PostgresActivities extends ActivitiesContract {
        @Override
        protected Ports freshPorts() {
            return PostgresContractTest.this.freshPorts();
        }
    }

    @Nested
    class PostgresReports extends ReportsContract {
        @Override
        protected Ports freshPorts() {
            return PostgresContractTest.this.freshPorts();
        }
    }
}
