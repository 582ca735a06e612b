package vn.ktgs.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Rows to write, grouped by statement and executed as one JDBC batch per statement, in a fixed order of
 * statements (parents before children, a record's conclusion parts before the row that seals it), whatever the
 * order the rows were added in. One save flushes its own; a bulk load collects many aggregates per flush. Not API.
 */
public final class Batch {

    private final Map<String, List<@Nullable Object[]>> rows = new LinkedHashMap<>();
    private int size;

    /** A batch whose statements run in the order of {@code statements}; others run after them. */
    public Batch(List<String> statements) {
        for (String s : statements) {
            rows.put(s, new ArrayList<>());
        }
    }

    public void add(String statement, @Nullable Object... row) {
        rows.computeIfAbsent(statement, k -> new ArrayList<>()).add(row);
        size++;
    }

    /** Rows waiting to be written. */
    public int size() {
        return size;
    }

    /** Writes every waiting row, statement by statement, and empties the batch. */
    public void flush(Connection c) throws SQLException {
        for (Map.Entry<String, List<@Nullable Object[]>> e : rows.entrySet()) {
            if (!e.getValue().isEmpty()) {
                Sql.batch(c, e.getKey(), e.getValue());
                e.getValue().clear();
            }
        }
        size = 0;
    }

    /** {@link #flush} for a bulk load: each statement's rows through {@link Dialect#writeMany} (COPY on PostgreSQL). */
    public void flushMany(Connection c, Dialect dialect) throws SQLException {
        for (Map.Entry<String, List<@Nullable Object[]>> e : rows.entrySet()) {
            if (!e.getValue().isEmpty()) {
                dialect.writeMany(c, e.getKey(), e.getValue());
                e.getValue().clear();
            }
        }
        size = 0;
    }
}
