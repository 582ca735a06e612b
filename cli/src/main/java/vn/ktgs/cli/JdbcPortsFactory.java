package vn.ktgs.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
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
        Connection keeper = jdbcUrl.startsWith("jdbc:h2:") ? connect(source, jdbcUrl) : null;
        JdbcPorts jdbc = JdbcPorts.open(source,
                JdbcOptions.builder(Actor.fixed("ktgs-cli:" + System.getProperty("user.name", "?")), clock)
                        .migrate(true).build());
        return new Database() {
            private boolean written;

            @Override
            public void close() {
                if (keeper != null) {
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

    private static Connection connect(DataSource source, String url) {
        try {
            return source.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + url + ": " + e.getMessage(), e);
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
        throw new IllegalStateException("not an H2 or PostgreSQL JDBC URL: " + url);
    }
}
