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
     * @throws UnsupportedUrlException when the URL names no kind of database this factory opens
     * @throws IllegalStateException when the database cannot be opened (both are shown as usage errors)
     */
    Database open(String jdbcUrl);

    /** The URL names no kind of database the factory opens (for example {@code jdbc:oracle:…}). */
    final class UnsupportedUrlException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        public UnsupportedUrlException(String url) {
            super("not an H2 or PostgreSQL JDBC URL: " + url);
        }
    }

    /**
     * An opened database: its ports, and a way to run several writes as one transaction. The tool closes it when
     * the command ends.
     */
    interface Database extends AutoCloseable {

        Ports ports();

        /** Runs {@code work} in one transaction: all of its writes are stored, or none. */
        <T> T inTransaction(Supplier<T> work);

        /**
         * Removes what opening the database created, when the command stored nothing in it: a database file that
         * did not exist before {@link PortsFactory#open}. By default nothing (a server database is left as it is).
         * The database is not used afterwards, apart from {@link #close()}.
         */
        default void discardIfCreated() {
        }

        /** Lets go of whatever the database held open for the command; by default nothing. */
        @Override
        default void close() {
        }
    }
}
