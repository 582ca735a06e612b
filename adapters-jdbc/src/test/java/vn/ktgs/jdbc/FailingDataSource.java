package vn.ktgs.jdbc;

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

/**
 * A fake DataSource over a real one that fails the N-th statement it executes, as a dropped connection would
 * (SQLSTATE 08006), and counts statements otherwise. A fake, not a mock: everything else goes to the database.
 */
final class FailingDataSource {

    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch");

    private final DataSource target;
    private final AtomicInteger executed = new AtomicInteger();
    private volatile int failAt;

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
