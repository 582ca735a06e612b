package vn.ktgs.testing.contract;

import org.junit.jupiter.api.BeforeEach;
import vn.ktgs.Ports;

/**
 * The base of every contract suite: each test starts from fresh, empty ports of the implementation under test.
 * The suites use all eight ports, because a store with foreign keys needs the organisations and members a plan or
 * an activity names to be stored first.
 */
public abstract class PortsContract {

    /** The ports under test, fresh for each test. */
    protected Ports ports;
    /** Records saved through {@link #ports} for the test: an organisation tree, members, a document. */
    protected TestWorld world;

    /** Fresh, empty ports of the implementation under test; called before each test. */
    protected abstract Ports freshPorts();

    @BeforeEach
    final void freshStore() {
        ports = freshPorts();
        world = TestWorld.create(ports);
    }
}
