package vn.ktgs.cli;

import java.util.function.Supplier;
import vn.ktgs.Ports;

/**
 * Opens a database named by a JDBC URL, for {@code ktgs import} and {@code ktgs export}. {@link JdbcPortsFactory}
 * is the one the tool uses (H2 and PostgreSQL through the JDBC adapter); a host may pass its own.
 */
@FunctionalInterface
public interface PortsFactory {

    /**
     * The database over {@code jdbcUrl}, schema migrated.
     *
     * @throws IllegalStateException when the URL names no database this build can open (shown as a usage error)
     */
    Database open(String jdbcUrl);

    /**
     * An opened database: its ports, and a way to run several writes as one transaction. The tool closes it when
     * the command ends.
     */
    interface Database extends AutoCloseable {

        Ports ports();

        /** Runs {@code work} in one transaction: all of its writes are stored, or none. */
        <T> T inTransaction(Supplier<T> work);

        /** Lets go of whatever the database held open for the command; by default nothing. */
        @Override
        default void close() {
        }
    }
}
