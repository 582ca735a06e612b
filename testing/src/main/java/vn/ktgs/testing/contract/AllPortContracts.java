package vn.ktgs.testing.contract;

import org.junit.jupiter.api.Nested;
import vn.ktgs.Ports;

/**
 * Every contract suite at once: a test class of an implementation extends this, returns fresh, empty ports from
 * {@link #freshPorts()}, and JUnit runs the eight suites as its nested classes. The test class may add what the
 * implementation needs around each test ({@code @AfterEach} to drop a database, {@code @ParameterizedClass} to run
 * everything once per database); those apply to every nested suite.
 */
public abstract class AllPortContracts {

    /** Fresh, empty ports of the implementation under test; called before each test of every suite. */
    protected abstract Ports freshPorts();

    /** The Organisations suite against {@link #freshPorts()}. */
    @Nested
    public class Organisations extends OrganisationsContract {
        @Override
        protected Ports freshPorts() {
            return AllPortContracts.this.freshPorts();
        }
    }

    /** The Members suite against {@link #freshPorts()}. */
    @Nested
    public class Members extends MembersContract {
        @Override
        protected Ports freshPorts() {
            return AllPortContracts.this.freshPorts();
        }
    }

    /** The Documents suite against {@link #freshPorts()}. */
    @Nested
    public class Documents extends DocumentsContract {
        @Override
        protected Ports freshPorts() {
            return AllPortContracts.this.freshPorts();
        }
    }

    /** The Disseminations suite against {@link #freshPorts()}. */
    @Nested
    public class Disseminations extends DisseminationsContract {
        @Override
        protected Ports freshPorts() {
            return AllPortContracts.this.freshPorts();
        }
    }

    /** The Plans suite against {@link #freshPorts()}. */
    @Nested
    public class Plans extends PlansContract {
        @Override
        protected Ports freshPorts() {
            return AllPortContracts.this.freshPorts();
        }
    }

    /** The Activities suite against {@link #freshPorts()}. */
    @Nested
    public class Activities extends ActivitiesContract {
        @Override
        protected Ports freshPorts() {
            return AllPortContracts.this.freshPorts();
        }
    }

    /** The Reports suite against {@link #freshPorts()}. */
    @Nested
    public class Reports extends ReportsContract {
        @Override
        protected Ports freshPorts() {
            return AllPortContracts.this.freshPorts();
        }
    }

    /** The SentNotices suite against {@link #freshPorts()}. */
    @Nested
    public class SentNotices extends SentNoticesContract {
        @Override
        protected Ports freshPorts() {
            return AllPortContracts.this.freshPorts();
        }
    }
}
