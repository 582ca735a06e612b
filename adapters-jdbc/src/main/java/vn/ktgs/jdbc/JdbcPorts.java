package vn.ktgs.jdbc;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import vn.ktgs.Ports;
import vn.ktgs.organisation.Member;
import vn.ktgs.scoring.YearRecords;
import vn.ktgs.activity.Activity;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.Plan;
import vn.ktgs.report.Report;
import vn.ktgs.jdbc.internal.AuditLog;
import vn.ktgs.jdbc.internal.Dialect;
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
    private final Sql sql;
    private final JdbcOrganisations organisations;
    private final JdbcPlans plans;
    private final JdbcActivities activities;
    private final JdbcReports reports;
    private final JdbcMembers members;
    private final Dialect dialect;
    private final boolean parallelReads;

    private JdbcPorts(DataSource dataSource, JdbcOptions options) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(options, "options");
        if (options.migrate()) {
            KtgsSchema.migrate(dataSource, options.schema());
        }
        this.sql = new Sql(options.schema());
        this.dialect = Dialect.of(dataSource);
        this.parallelReads = options.parallelReads() && dialect == Dialect.POSTGRESQL;
        this.tx = new Transactor(dataSource, options.hostTransactions());
        this.audit = new AuditLog(sql, options.actor(), options.clock());
        this.organisations = new JdbcOrganisations(sql, dialect, tx, audit);
        this.members = new JdbcMembers(sql, dialect, tx, audit);
        JdbcDocuments documents = new JdbcDocuments(sql, dialect, tx, audit);
        JdbcDisseminations disseminations = new JdbcDisseminations(sql, dialect, tx, audit);
        this.plans = new JdbcPlans(sql, dialect, tx, audit);
        this.activities = new JdbcActivities(sql, dialect, tx, audit);
        this.reports = new JdbcReports(sql, dialect, tx, audit);
        this.ports = new Ports(organisations, members, documents, disseminations, plans, activities, reports,
                new JdbcSentNotices(sql, tx));
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

    /**
     * A committee's year, for scoring and reports without N+1 queries: the committee and its subtree (one
     * recursive query, whose ids are then passed as one array parameter), their plans of the year, the records
     * opened or concluded in the year, and the reports of the year's periods. Set-based loading: a fixed number of
     * statements whatever the number of organisations or records, in one consistent snapshot — on two connections
     * at once with {@link JdbcOptions.Builder#parallelReads()} on PostgreSQL (each side reads the subtree itself).
     */
    public CommitteeYear committeeYear(OrganisationId committee, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Transactor.Both<People, Work> both = tx.readTogether(
                () -> withSubtree(committee, in -> new People(
                        organisations.listWhere(vn.ktgs.common.VietnameseOrder.by(Organisation::code), dialect.inArray("p.id"),
                                in),
                        members.withMembershipOrRoleIn(in),
                        reports.listWhere(Comparator.comparing((Report r) -> r.organisation().value())
                                .thenComparing(Report::period),
                                dialect.inArray("p.organisation_id") + " AND p.period_year = ?", in, year))),
                () -> withSubtree(committee, in -> new Work(
                        plans.listWhere(Comparator.comparing(p -> p.organisation().value()),
                                dialect.inArray("p.organisation_id") + " AND p.plan_year = ?", in, year),
                        activities.listWhere(Comparator.comparing(Activity::openedOn)
                                        .thenComparing(a -> a.id().value()),
                                dialect.inArray("p.organisation_id") + " AND ((p.opened_on BETWEEN ? AND ?) "
                                        + "OR (p.concluded_on BETWEEN ? AND ?))", in, first, last, first, last))),
                parallelReads, dialect.largeReadSetting());
        return new CommitteeYear(committee, year, both.first().organisations(), both.first().members(),
                both.second().plans(), both.second().activities(), both.first().reports());
    }

    private record People(List<Organisation> organisations, List<Member> members, List<Report> reports) {
    }

    private record Work(List<Plan> plans, List<Activity> activities) {
    }

    /** Reads {@code committee}'s subtree, then runs {@code reads} with its ids as one array parameter. */
    private <T> T withSubtree(OrganisationId committee, Function<java.sql.Array, T> reads) {
        String subtree = "WITH RECURSIVE tree (id) AS (SELECT id FROM " + sql.table("organisation")
                + " WHERE id = ? UNION ALL SELECT o.id FROM " + sql.table("organisation")
                + " o JOIN tree t ON o.parent_id = t.id) SELECT id FROM tree";
        return tx.read(c -> {
            List<UUID> ids = Sql.list(c, subtree, rs -> Sql.uuid(rs, "id"), committee.value());
            java.sql.Array in = c.createArrayOf("uuid", ids.toArray());
            try {
                return reads.apply(in);
            } finally {
                in.free();
            }
        });
    }

    /**
     * The scoring port over {@link #committeeYear}: a committee's cells, each with its people, plan, records and
     * reports, loaded set-based. Pass it to {@code Ktgs.builder(...).yearRecords(...)}.
     */
    public YearRecords yearRecords() {
        return (committee, year) -> committeeYear(committee, year).cells();
    }

    /** Every saved version of one aggregate, oldest first. */
    public List<AuditEntry> auditTrail(String entity, UUID id) {
        return tx.read(c -> audit.trail(c, entity, id));
    }
}
