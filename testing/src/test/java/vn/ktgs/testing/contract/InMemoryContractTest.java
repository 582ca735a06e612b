package vn.ktgs.testing.contract;

import org.junit.jupiter.api.Nested;
import vn.ktgs.Ports;

/** Every contract suite against the in-memory ports of core: the reference behaviour. */
class InMemoryContractTest {

    @Nested
    class InMemoryOrganisations extends OrganisationsContract {
        @Override
        protected Ports freshPorts() {
            return Ports.inMemory();
        }
    }

    @Nested
    class InMemoryMembers extends MembersContract {
        @Override
        protected Ports freshPorts() {
            return Ports.inMemory();
        }
    }

    @Nested
    class InMemoryDocuments extends DocumentsContract {
        @Override
        protected Ports freshPorts() {
            return Ports.inMemory();
        }
    }

    @Nested
    class InMemoryDisseminations extends DisseminationsContract {
        @Override
        protected Ports freshPorts() {
            return Ports.inMemory();
        }
    }

    @Nested
    class InMemoryPlans extends PlansContract {
        @Override
        protected Ports freshPorts() {
            return Ports.inMemory();
        }
    }

    @Nested
    class InMemoryActivities extends ActivitiesContract {
        @Override
        protected Ports freshPorts() {
            return Ports.inMemory();
        }
    }

    @Nested
    class InMemoryReports extends ReportsContract {
        @Override
        protected Ports freshPorts() {
            return Ports.inMemory();
        }
    }
}
