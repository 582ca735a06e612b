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

/** Every port contract suite against the JDBC adapter on H2 2.x (one in-memory database per test): the same assertions as in memory. */
class H2ContractTest {

    private TestDatabase db;

    private Ports freshPorts() {
        db = TestDatabase.h2();
        return db.ports();
    }

    @AfterEach
    void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Nested
    class H2Organisations extends OrganisationsContract {
        @Override
        protected Ports freshPorts() {
            return H2ContractTest.this.freshPorts();
        }
    }

    @Nested
    class H2Members extends MembersContract {
        @Override
        protected Ports freshPorts() {
            return H2ContractTest.this.freshPorts();
        }
    }

    @Nested
    class H2Documents extends DocumentsContract {
        @Override
        protected Ports freshPorts() {
            return H2ContractTest.this.freshPorts();
        }
    }

    @Nested
    class H2Disseminations extends DisseminationsContract {
        @Override
        protected Ports freshPorts() {
            return H2ContractTest.this.freshPorts();
        }
    }

    @Nested
    class H2Plans extends PlansContract {
        @Override
        protected Ports freshPorts() {
            return H2ContractTest.this.freshPorts();
        }
    }

    @Nested
    class H2Activities extends ActivitiesContract {
        @Override
        protected Ports freshPorts() {
            return H2ContractTest.this.freshPorts();
        }
    }

    @Nested
    class H2Reports extends ReportsContract {
        @Override
        protected Ports freshPorts() {
            return H2ContractTest.this.freshPorts();
        }
    }
}
