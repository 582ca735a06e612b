package vn.ktgs.jdbc.internal;

import java.sql.SQLException;
import vn.ktgs.jdbc.ImmutableRecordException;
import vn.ktgs.jdbc.KtgsDataAccessException;

/** Maps SQL failures to the adapter's exceptions, the same on H2 and PostgreSQL. Not API. */
public final class Failures {

    /** SQLSTATE of a unique or primary key violation, on both databases. */
    public static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE the immutability triggers raise. */
    public static final String IMMUTABLE = "KT001";
    static final String IMMUTABLE_MARKER = "ktgs-immutable";

    private Failures() {
    }

    public static boolean isUniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public static boolean isImmutable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && IMMUTABLE.equals(s.getSQLState())) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains(IMMUTABLE_MARKER)) {
                return true;
            }
        }
        return false;
    }

    public static KtgsDataAccessException translate(SQLException e) {
        if (isImmutable(e)) {
            return new ImmutableRecordException("the database refused to change an immutable record: "
                    + e.getMessage(), e);
        }
        return new KtgsDataAccessException("database failure (SQLSTATE " + e.getSQLState() + "): " + e.getMessage(),
                e);
    }
}
