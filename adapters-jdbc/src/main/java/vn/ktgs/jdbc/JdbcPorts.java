package vn.ktgs.jdbc;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import vn.ktgs.Ports;
import vn.ktgs.jdbc.internal.AuditLog;
import vn.ktgs.jdbc.internal.Sql;
import vn.ktgs.jdbc.internal.Transactor;

/**
 * Kho dữ liệu quan hệ: every core repository port over a host's {@link DataSource}.
 *
 * <pre>{@code
 * KtgsSchema.migrate(dataSource, "ktgs");                       // or the host's own Flyway
 * JdbcOptions options = JdbcOptions.builder(() -> currentUser(), clock).schema("ktgs").build();
 * Ktgs ktgs = Ktgs.builder(JdbcPorts.create(dataSource, options), validator, clock).build();
 * }</pre>
 *
 * <p>Each save is one transaction (all or nothing) unless the host owns transactions
 * ({@link JdbcOptions.Builder#hostTransactions()}) or groups several calls with {@link #inTransaction(Supplier)}.
 * Thread-safe; it keeps no connection between calls.
 */
public final class JdbcPorts {

    private final Ports ports;
    private final Transactor tx;
    private final AuditLog audit;
    private final BulkLoader bulk;

    private JdbcPorts(DataSource dataSource, JdbcOptions options) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(options, "options");
        if (options.migrate()) {
            KtgsSchema.migrate(dataSource, options.schema());
        }
        Sql sql = new Sql(options.schema());
        this.tx = new Transactor(dataSource, options.hostTransactions());
        this.audit = new AuditLog(sql, options.actor(), options.clock());
        JdbcOrganisations organisations = new JdbcOrganisations(sql, tx, audit);
        JdbcMembers members = new JdbcMembers(sql, tx, audit);
        JdbcDocuments documents = new JdbcDocuments(sql, tx, audit);
        JdbcDisseminations disseminations = new JdbcDisseminations(sql, tx, audit);
        JdbcPlans plans = new JdbcPlans(sql, tx, audit);
        JdbcActivities activities = new JdbcActivities(sql, tx, audit);
        JdbcReports reports = new JdbcReports(sql, tx, audit);
        this.ports = new Ports(organisations, members, documents, disseminations, plans, activities, reports);
        this.bulk = new BulkLoader(organisations, members, documents, disseminations, plans, activities, reports);
    }

    /** The ports over {@code dataSource}, for {@code Ktgs.builder(ports, validator, clock)}. */
    public static Ports create(DataSource dataSource, JdbcOptions options) {
        return open(dataSource, options).ports();
    }

    /** The adapter itself: its ports, its transactions and its audit trail. */
    public static JdbcPorts open(DataSource dataSource, JdbcOptions options) {
        return new JdbcPorts(dataSource, options);
    }

    public Ports ports() {
        return ports;
    }

    /**
     * Runs {@code work} (any number of library calls on this thread, for example two service commands) in one
     * transaction: all of it is stored, or nothing.
     */
    public <T> T inTransaction(Supplier<T> work) {
        return tx.inTransaction(work);
    }

    /** {@link #inTransaction(Supplier)} for work without a result. */
    public void inTransaction(Runnable work) {
        tx.inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** Bulk loading of new aggregates with JDBC batches across aggregates. */
    public BulkLoader bulk() {
        return bulk;
    }

    /** Every saved version of one aggregate, oldest first. */
    public List<AuditEntry> auditTrail(String entity, UUID id) {
        return tx.read(c -> audit.trail(c, entity, id));
    }
}
