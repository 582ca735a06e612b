package vn.ktgs.jdbc;

import java.time.Clock;
import java.util.Objects;
import vn.ktgs.jdbc.internal.Sql;

/**
 * What the JDBC adapter needs besides the {@link javax.sql.DataSource}: who is calling (for the audit trail), the
 * clock (when), the schema, and who owns transactions.
 */
public final class JdbcOptions {

    private final Actor actor;
    private final Clock clock;
    private final String schema;
    private final boolean hostTransactions;
    private final boolean migrate;
    private final boolean parallelReads;

    private JdbcOptions(Builder b) {
        this.actor = b.actor;
        this.clock = b.clock;
        this.schema = b.schema;
        this.hostTransactions = b.hostTransactions;
        this.migrate = b.migrate;
        this.parallelReads = b.parallelReads;
    }

    /** Options with the given caller and clock, schema {@value KtgsSchema#DEFAULT_SCHEMA}, library transactions. */
    public static Builder builder(Actor actor, Clock clock) {
        return new Builder(actor, clock);
    }

    public Actor actor() {
        return actor;
    }

    public Clock clock() {
        return clock;
    }

    public String schema() {
        return schema;
    }

    /** Whether the host owns transactions (see {@link Builder#hostTransactions()}). */
    public boolean hostTransactions() {
        return hostTransactions;
    }

    /** Whether {@link JdbcPorts} migrates the schema when created. */
    public boolean migrate() {
        return migrate;
    }

    /** Whether {@link JdbcPorts#committeeYear} may read on two connections at once (see {@link Builder#parallelReads()}). */
    public boolean parallelReads() {
        return parallelReads;
    }

    /** Builds {@link JdbcOptions}. */
    public static final class Builder {
        private final Actor actor;
        private final Clock clock;
        private String schema = KtgsSchema.DEFAULT_SCHEMA;
        private boolean hostTransactions;
        private boolean migrate;
        private boolean parallelReads;

        private Builder(Actor actor, Clock clock) {
            this.actor = Objects.requireNonNull(actor, "actor");
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /** The schema of the library's tables: a plain identifier (letters, digits, underscore), case kept. */
        public Builder schema(String name) {
            this.schema = Sql.checkIdentifier(name);
            return this;
        }

        /**
         * The DataSource hands out the host's transactional connection (for example Spring's
         * {@code TransactionAwareDataSourceProxy}). When that connection is in a transaction (auto-commit off),
         * the library joins it: it never commits or rolls it back, so its writes commit or roll back with the
         * host's; a failed save is undone to a savepoint and the host's transaction stays usable. When the
         * connection is in auto-commit, each save runs in its own transaction as usual. A pool configured with
         * auto-commit off and no transaction manager would never commit: do not choose this mode then.
         */
        public Builder hostTransactions() {
            this.hostTransactions = true;
            return this;
        }

        /** Migrate the schema to the latest version when the ports are created (default: the host migrates). */
        public Builder migrate(boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        /**
         * {@link JdbcPorts#committeeYear} (and the scoring port over it) reads on two connections of the DataSource
         * at once, on two threads: the organisations, members and reports on one, the plans and records on the
         * other, in one snapshot shared by both (PostgreSQL's {@code pg_export_snapshot}). Only on PostgreSQL and
         * outside a transaction the library joins ({@code inTransaction}, host transactions); elsewhere it reads on
         * one connection as usual. The pool must be able to lend two connections at once.
         */
        public Builder parallelReads() {
            this.parallelReads = true;
            return this;
        }

        public JdbcOptions build() {
            return new JdbcOptions(this);
        }
    }
}
