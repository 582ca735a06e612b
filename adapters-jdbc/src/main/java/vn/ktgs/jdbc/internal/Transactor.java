package vn.ktgs.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import vn.ktgs.jdbc.KtgsDataAccessException;

/**
 * Runs the adapter's work on connections of the host's {@link DataSource}. Three cases:
 * <ul>
 *   <li>inside {@link #inTransaction(Supplier)} on this thread: every call uses that one connection and
 *       transaction, committed at the end of the outermost call;</li>
 *   <li>every write inside a transaction the library does not finish runs under a savepoint, undone when the
 *       write fails;</li>
 *   <li>{@code hostTransactions}: the DataSource hands out the host's transactional connection (for example a
 *       transaction-aware proxy). When it is in a transaction (auto-commit off) the library joins it and never
 *       commits or rolls it back; when it is in auto-commit the library runs its own transaction on it;</li>
 *   <li>otherwise: each write runs in its own transaction (all or nothing), each read in a read-only
 *       repeatable-read transaction, so an aggregate read from several tables is one consistent snapshot.</li>
 * </ul>
 * Not API.
 */
public final class Transactor {

    /** Work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** The results of two sets of reads made in one snapshot. */
    public record Both<A, B>(A first, B second) {
    }

    /** What {@code pg_export_snapshot()} returns (hex digits and dashes): the one value spliced into SQL here. */
    private static final Pattern SNAPSHOT_ID = Pattern.compile("[0-9A-Fa-f-]{1,64}");

    private final DataSource dataSource;
    private final boolean hostTransactions;
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();

    public Transactor(DataSource dataSource, boolean hostTransactions) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.hostTransactions = hostTransactions;
    }

    public <T> T read(Work<T> work) {
        return run(work, false);
    }

    public <T> T write(Work<T> work) {
        return run(work, true);
    }

    /** Runs {@code work} in one library transaction; calls of the adapter on this thread join it. */
    public <T> T inTransaction(Supplier<T> work) {
        return inTransaction(work, false);
    }

    /** Runs the reads of {@code work} in one repeatable-read transaction: one consistent snapshot. */
    public <T> T readTogether(Supplier<T> work) {
        return inTransaction(work, true);
    }

    /**
     * Runs the reads of {@code first} and {@code second} in one consistent snapshot. With {@code twoConnections}
     * (PostgreSQL only), outside any transaction bound to this thread and the host's: on two connections at once,
     * {@code second} on a new thread, the second connection's transaction importing the first's snapshot
     * ({@code pg_export_snapshot()}, {@code SET TRANSACTION SNAPSHOT}). Otherwise one after the other on one
     * connection, as {@link #readTogether(Supplier)}. {@code setting} (a {@code SET LOCAL} statement, or null)
     * runs first in each transaction the library opens here, never in one it joins.
     */
    public <A, B> Both<A, B> readTogether(Supplier<A> first, Supplier<B> second, boolean twoConnections,
                                          @Nullable String setting) {
        if (hostTransactions || bound.get() != null) {
            return new Both<>(first.get(), second.get());
        }
        if (!twoConnections) {
            return readTogether(() -> {
                apply(bound.get(), setting);
                return new Both<>(first.get(), second.get());
            });
        }
        try (Connection a = dataSource.getConnection(); Connection b = dataSource.getConnection()) {
            boolean autoA = a.getAutoCommit();
            int isolationA = a.getTransactionIsolation();
            boolean autoB = b.getAutoCommit();
            int isolationB = b.getTransactionIsolation();
            try {
                a.setAutoCommit(false);
                a.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                b.setAutoCommit(false);
                b.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                String snapshot;
                try (Statement st = a.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_export_snapshot()")) {
                    rs.next();
                    snapshot = rs.getString(1);
                }
                if (!SNAPSHOT_ID.matcher(snapshot).matches()) {
                    throw new SQLException("unexpected snapshot id " + snapshot);
                }
                try (Statement st = b.createStatement()) {
                    st.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
                }
                apply(a, setting);
                apply(b, setting);
                FutureTask<B> other = new FutureTask<>(() -> boundTo(b, second));
                Thread thread = new Thread(other, "ktgs-read");
                thread.setDaemon(true);
                thread.start();
                A one;
                try {
                    one = boundTo(a, first);
                } catch (RuntimeException | Error e) {
                    other.cancel(false);
                    join(thread);
                    throw e;
                }
                B two = result(other);
                a.commit();
                b.commit();
                return new Both<>(one, two);
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(a, e);
                rollbackQuietly(b, e);
                throw e;
            } finally {
                restoreSettings(a, isolationA, autoA);
                restoreSettings(b, isolationB, autoB);
            }
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    private static void apply(Connection c, @Nullable String setting) {
        if (setting == null) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute(setting);
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    /** Runs {@code work} on this thread with {@code c} bound to it, so the adapter's reads in it use {@code c}. */
    private <T> T boundTo(Connection c, Supplier<T> work) {
        bound.set(c);
        try {
            return work.get();
        } finally {
            bound.remove();
        }
    }

    private static <T> T result(FutureTask<T> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> T inTransaction(Supplier<T> work, boolean snapshot) {
        if (bound.get() != null) {
            return work.get();
        }
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            if (!hostTransactions) {
                c.setAutoCommit(false);
                if (snapshot) {
                    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                }
            }
            bound.set(c);
            try {
                T result = work.get();
                if (!hostTransactions) {
                    c.commit();
                }
                return result;
            } catch (RuntimeException | Error e) {
                if (!hostTransactions) {
                    rollbackQuietly(c, e);
                }
                throw e;
            } finally {
                bound.remove();
                if (!hostTransactions) {
                    restoreSettings(c, isolation, auto);
                }
            }
        } catch (SQLException e) {
            throw new KtgsDataAccessException("database failure: " + e.getMessage(), e);
        }
    }

    private <T> T run(Work<T> work, boolean writing) {
        Connection joined = bound.get();
        try {
            if (joined != null) {
                return writing ? savepoint(joined, work) : work.run(joined);
            }
            try (Connection c = dataSource.getConnection()) {
                if (hostTransactions) {
                    if (!writing) {
                        return work.run(c);
                    }
                    return c.getAutoCommit() ? ownTransaction(c, work) : savepoint(c, work);
                }
                return writing ? ownTransaction(c, work) : snapshot(c, work);
            }
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    /**
     * A write inside a transaction the library does not finish: a savepoint before it, rolled back to when the
     * write fails, so a failed save leaves nothing behind in the enclosing transaction, which stays usable (on
     * PostgreSQL too, where a failed statement would otherwise abort it).
     */
    private static <T> T savepoint(Connection c, Work<T> work) throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            T result = work.run(c);
            try {
                c.releaseSavepoint(before);
            } catch (SQLException | UnsupportedOperationException ignored) {
                // released with the transaction anyway
            }
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                c.rollback(before);
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw e;
        }
    }

    private static <T> T ownTransaction(Connection c, Work<T> work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            rollbackQuietly(c, e);
            throw e;
        } finally {
            restore(c, () -> c.setAutoCommit(auto));
        }
    }

    private static <T> T snapshot(Connection c, Work<T> work) throws SQLException {
        boolean auto = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            rollbackQuietly(c, e);
            throw e;
        } finally {
            restoreSettings(c, isolation, auto);
        }
    }

    @FunctionalInterface
    private interface Restore {
        void run() throws SQLException;
    }

    /** Puts back the isolation level and auto-commit mode {@code c} had before the library's transaction. */
    private static void restoreSettings(Connection c, int isolation, boolean autoCommit) {
        restore(c, () -> {
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
        });
    }

    private static void restore(Connection c, Restore r) {
        try {
            if (!c.isClosed()) {
                r.run();
            }
        } catch (SQLException ignored) {
            // the connection is broken; the pool discards it
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
