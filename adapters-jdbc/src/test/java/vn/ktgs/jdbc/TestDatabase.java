package vn.ktgs.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import vn.ktgs.Ports;

/**
 * A fresh, migrated, empty database for one test: an H2 in-memory database, or a database of the one embedded
 * PostgreSQL this test JVM starts (created from a migrated template, so each test pays a {@code CREATE DATABASE},
 * not a migration).
 */
public final class TestDatabase implements AutoCloseable {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T03:00:00Z"), VIETNAM);
    public static final String ACTOR = "Nguyễn Thị Ưng (kiểm thử)";
    private static final String TEMPLATE = "ktgs_template";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String kind;
    private final DataSource dataSource;
    private final Runnable release;

    private TestDatabase(String kind, DataSource dataSource, Runnable release) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.release = release;
    }

    /** An empty H2 database (regular mode, or PostgreSQL compatibility mode), not yet migrated. */
    public static TestDatabase emptyH2(boolean postgresMode) {
        JdbcDataSource ds = new JdbcDataSource();
        String name = "ktgs_" + COUNTER.incrementAndGet();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + (postgresMode ? ";MODE=PostgreSQL" : ""));
        ds.setUser("sa");
        return new TestDatabase("H2", ds, () -> execute(ds, "SHUTDOWN"));
    }

    /** A migrated, empty H2 database in schema {@value KtgsSchema#DEFAULT_SCHEMA}. */
    public static TestDatabase h2() {
        TestDatabase db = emptyH2(false);
        KtgsSchema.migrate(db.dataSource(), KtgsSchema.DEFAULT_SCHEMA);
        return db;
    }

    /** An empty PostgreSQL database, not yet migrated, behind a small HikariCP pool. */
    public static TestDatabase emptyPostgres() {
        return postgres(null);
    }

    /** A migrated, empty PostgreSQL database in schema {@value KtgsSchema#DEFAULT_SCHEMA}. */
    public static TestDatabase postgres() {
        return postgres(TEMPLATE);
    }

    private static TestDatabase postgres(String template) {
        EmbeddedPostgres pg = SharedPostgres.get();
        String name = "ktgs_" + COUNTER.incrementAndGet();
        execute(pg.getPostgresDatabase(), "CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template));
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pg.getJdbcUrl("postgres", name));
        config.setUsername("postgres");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setPoolName(name);
        HikariDataSource ds = new HikariDataSource(config);
        return new TestDatabase("PostgreSQL", ds, () -> {
            ds.close();
            execute(pg.getPostgresDatabase(), "DROP DATABASE " + name);
        });
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String kind() {
        return kind;
    }

    /** The adapter over this database, with the test actor and clock. */
    public JdbcPorts open() {
        return JdbcPorts.open(dataSource, JdbcOptions.builder(Actor.fixed(ACTOR), CLOCK).build());
    }

    public Ports ports() {
        return open().ports();
    }

    /** Runs one statement of the test itself (as a host's own SQL would). */
    public void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Override
    public void close() {
        release.run();
    }

    static void execute(DataSource ds, String statement) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    /** The one embedded PostgreSQL of this test JVM, with the migrated template database. */
    private static final class SharedPostgres {
        private static EmbeddedPostgres instance;

        static synchronized EmbeddedPostgres get() {
            if (instance == null) {
                try {
                    EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                    execute(pg.getPostgresDatabase(), "CREATE DATABASE " + TEMPLATE + " ENCODING 'UTF8'");
                    KtgsSchema.migrate(pg.getDatabase("postgres", TEMPLATE), KtgsSchema.DEFAULT_SCHEMA);
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            pg.close();
                        } catch (IOException ignored) {
                            // the JVM is going away
                        }
                    }));
                    instance = pg;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return instance;
        }
    }
}
