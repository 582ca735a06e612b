package vn.ktgs.jdbc;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * A fake DataSource over a real one that fails the N-th statement it executes, as a dropped connection would
 * (SQLSTATE 08006), and counts statements otherwise; or, on PostgreSQL, that loses the connection for real in the
 * middle of the N-th {@code COPY ... FROM STDIN} (the driver's COPY API, which a bulk load uses instead of
 * statements): when half of that COPY's data has gone, the connection's server process is terminated from another
 * connection, and the driver goes on writing to a dead connection. A fake, not a mock: everything else goes to the
 * database.
 */
final class FailingDataSource {

    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch");

    private final DataSource target;
    private final AtomicInteger executed = new AtomicInteger();
    private volatile int failAt;
    private final AtomicInteger copies = new AtomicInteger();
    private volatile int killCopyAt;
    private volatile @Nullable DataSource admin;

    FailingDataSource(DataSource target) {
        this.target = target;
    }

    /** Fails the {@code n}-th statement from now (1 = the next); 0 never fails. */
    void failAt(int n) {
        executed.set(0);
        failAt = n;
    }

    /** Statements executed since the last {@link #failAt(int)}. */
    int executed() {
        return executed.get();
    }

    /**
     * Loses the connection in the middle of the {@code n}-th COPY from now (1 = the next; 0 never), terminating its
     * server process through {@code admin}, another connection to the same server.
     */
    void killCopyAt(int n, DataSource admin) {
        copies.set(0);
        this.admin = admin;
        killCopyAt = n;
    }

    /** COPY operations started since the last {@link #killCopyAt}. */
    int copies() {
        return copies.get();
    }

    DataSource dataSource() {
        return proxy(DataSource.class, target);
    }

    private <T> T proxy(Class<T> type, Object real) {
        InvocationHandler h = (p, m, args) -> {
            if (EXECUTE.contains(m.getName()) && real instanceof Statement) {
                int n = executed.incrementAndGet();
                if (n == failAt) {
                    throw new SQLException("connection dropped (injected at statement " + n + ")", "08006");
                }
            }
            Object result = invoke(m, real, args);
            if (m.getName().equals("unwrap") && args[0] == PGConnection.class && result instanceof PGConnection pg) {
                return copying(pg);
            }
            if (result instanceof Connection c && m.getName().equals("getConnection")) {
                return proxy(Connection.class, c);
            }
            if (result instanceof Statement s && m.getReturnType() != void.class) {
                return proxy(interfaceOf(s), s);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, h));
    }

    /** The driver's connection, whose COPY API counts the copies and loses the connection in the chosen one. */
    private PGConnection copying(PGConnection pg) {
        InvocationHandler h = (p, m, args) -> {
            if (m.getName().equals("getCopyAPI")) {
                return new CopyManager((BaseConnection) pg) {
                    @Override
                    public long copyIn(String sql, InputStream from, int bufferSize)
                            throws SQLException, IOException {
                        int n = copies.incrementAndGet();
                        return super.copyIn(sql, n == killCopyAt ? new Killing(from, pg.getBackendPID()) : from,
                                bufferSize);
                    }
                };
            }
            return invoke(m, pg, args);
        };
        return (PGConnection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PGConnection.class},
                h);
    }

    /** A COPY's data that, once half of it has been read, terminates the connection's server process. */
    private final class Killing extends FilterInputStream {
        private final int pid;
        private long half;
        private boolean killed;

        Killing(InputStream in, int pid) throws IOException {
            super(in);
            this.pid = pid;
            this.half = Math.max(1, in.available() / 2);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (half > 0) {
                int n = super.read(b, off, (int) Math.min(len, half));
                half -= Math.max(n, 0);
                return n;
            }
            if (!killed) {
                killed = true;
                terminate(pid);
            }
            return super.read(b, off, len);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }
    }

    /** Terminates a server process and waits until it is gone. */
    private void terminate(int pid) throws IOException {
        try (Connection c = java.util.Objects.requireNonNull(admin).getConnection();
             var kill = c.prepareStatement("SELECT pg_terminate_backend(?)");
             var alive = c.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ?")) {
            kill.setInt(1, pid);
            kill.executeQuery().close();
            alive.setInt(1, pid);
            for (int i = 0; i < 500; i++) {
                try (var r = alive.executeQuery()) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
            throw new IOException("server process " + pid + " still alive");
        } catch (SQLException e) {
            throw new IOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static Class<? extends Statement> interfaceOf(Statement s) {
        if (s instanceof java.sql.CallableStatement) {
            return java.sql.CallableStatement.class;
        }
        return s instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
    }

    private static Object invoke(Method m, Object real, Object[] args) throws Throwable {
        try {
            return m.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
