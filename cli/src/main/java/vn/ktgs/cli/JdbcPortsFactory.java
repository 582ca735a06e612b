package vn.ktgs.cli;

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

    @Override
    public Database open(String jdbcUrl) {
        JdbcPorts jdbc = JdbcPorts.open(dataSource(jdbcUrl),
                JdbcOptions.builder(Actor.fixed("ktgs-cli:" + System.getProperty("user.name", "?")), clock)
                        .migrate(true).build());
        return new Database() {
            @Override
            public Ports ports() {
                return jdbc.ports();
            }

            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return jdbc.inTransaction(work);
            }
        };
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
