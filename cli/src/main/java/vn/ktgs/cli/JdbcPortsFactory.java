package vn.ktgs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import vn.ktgs.Ports;
import vn.ktgs.jdbc.Actor;
import vn.ktgs.jdbc.JdbcOptions;
import vn.ktgs.jdbc.JdbcPorts;

/**
 * The tool's databases: H2 ({@code jdbc:h2:…}) and PostgreSQL ({@code jdbc:postgresql://host/db?user=…&password=…}),
 * through the JDBC adapter, schema migrated on opening. The audit trail names the operating-system user.
 */
public final class JdbcPortsFactory implements PortsFactory {

    private final Clock clock;

    public JdbcPortsFactory(Clock clock) {
        this.clock = clock;
    }

    /**
     * {@inheritDoc}
     *
     * <p>An H2 database is held open by one idle connection until {@link Database#close()}: H2 closes (and
     * compacts) a file database when its last connection closes, which, for an import writing each committee in
     * its own transaction and connection, took about half of the import's time. After writes, closing compacts
     * the file once ({@code SHUTDOWN COMPACT}).
     */
    @Override
    public Database open(String jdbcUrl) {
        DataSource source = dataSource(jdbcUrl);
        Path file = h2File(jdbcUrl);
        boolean existed = file != null && Files.exists(file);
        Connection keeper = jdbcUrl.startsWith("jdbc:h2:") ? connect(source, jdbcUrl) : null;
        JdbcPorts jdbc;
        try {
            jdbc = JdbcPorts.open(source,
                    JdbcOptions.builder(Actor.fixed("ktgs-cli:" + System.getProperty("user.name", "?")), clock)
                            .migrate(true).build());
        } catch (RuntimeException e) {
            // the migration failed: let go of the file, and remove it when this call created it
            if (keeper != null) {
                try (Connection c = keeper; var s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                    if (file != null && !existed) {
                        Files.deleteIfExists(file);
                    }
                } catch (SQLException | java.io.IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
        return new Database() {
            private boolean written;
            private boolean discarded;

            @Override
            public void discardIfCreated() {
                if (file == null || existed || keeper == null || discarded) {
                    return;
                }
                discarded = true;
                try (Connection c = keeper; var s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                    Files.deleteIfExists(file);
                    Files.deleteIfExists(file.resolveSibling(
                            file.getFileName().toString().replace(".mv.db", ".trace.db")));
                } catch (SQLException | java.io.IOException e) {
                    throw new IllegalStateException("cannot remove " + file + ": " + e.getMessage(), e);
                }
            }

            @Override
            public void close() {
                if (keeper != null && !discarded) {
                    try (Connection c = keeper; var s = c.createStatement()) {
                        if (written) {
                            s.execute("SHUTDOWN COMPACT");
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot close " + jdbcUrl + ": " + e.getMessage(), e);
                    }
                }
            }

            @Override
            public Ports ports() {
                return jdbc.ports();
            }

            @Override
            public <T> T inTransaction(Supplier<T> work) {
                written = true;
                return jdbc.inTransaction(work);
            }
        };
    }

    /**
     * The file of an H2 file database ({@code jdbc:h2:file:./db;…}, {@code jdbc:h2:./db}, {@code jdbc:h2:~/db}):
     * {@code db.mv.db}; null for an in-memory, server or other H2 URL.
     */
    static @Nullable Path h2File(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return null;
        }
        String rest = url.substring("jdbc:h2:".length());
        int semicolon = rest.indexOf(';');
        String name = semicolon < 0 ? rest : rest.substring(0, semicolon);
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.matches("^[a-z]{2,}:.*")) {
            return null;   // mem:, tcp:, ssl:, zip:, split:, nio…: not a plain file
        }
        if (name.isEmpty()) {
            return null;
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Path.of(name + ".mv.db").toAbsolutePath();
    }

    private static Connection connect(DataSource source, String url) {
        try {
            return source.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static DataSource dataSource(String url) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            return h2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            return pg;
        }
        throw new UnsupportedUrlException(url);
    }
}
