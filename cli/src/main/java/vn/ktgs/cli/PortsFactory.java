package vn.ktgs.cli;

import vn.ktgs.Ports;

/**
 * Opens the {@link Ports} of a database named by a JDBC URL, for {@code ktgs import} and {@code ktgs export}. The
 * JDBC adapter ({@code ktgs-adapters-jdbc}, {@code JdbcPorts}) supplies the real one; until it is on the class path
 * {@link #UNAVAILABLE} says so as a usage error.
 */
@FunctionalInterface
public interface PortsFactory {

    /**
     * The ports over {@code jdbcUrl}, schema migrated.
     *
     * @throws IllegalStateException when this build cannot open a database (shown as a usage error)
     */
    Ports open(String jdbcUrl);

    /** No database adapter in this build. */
    PortsFactory UNAVAILABLE = url -> {
        throw new IllegalStateException("this build of ktgs has no JDBC adapter (ktgs-adapters-jdbc, JdbcPorts):"
                + " import and export against " + url + " are not available yet");
    };
}
