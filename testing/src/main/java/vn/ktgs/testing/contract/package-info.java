/**
 * Contract test suites of the repository ports: one abstract JUnit class per port ({@link
 * vn.ktgs.testing.contract.OrganisationsContract}, ...). An implementation runs the suite by extending the class
 * and returning fresh, empty {@link vn.ktgs.Ports} from {@link vn.ktgs.testing.contract.PortsContract#freshPorts()};
 * the in-memory ports, the JDBC adapter on H2 and on PostgreSQL all pass the same assertions. {@link
 * vn.ktgs.testing.contract.AllPortContracts} runs all eight as nested classes of one test class.
 */
@NullMarked
package vn.ktgs.testing.contract;

import org.jspecify.annotations.NullMarked;
