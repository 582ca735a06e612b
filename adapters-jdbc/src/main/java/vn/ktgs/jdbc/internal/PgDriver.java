package vn.ktgs.jdbc.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Wrapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGStatement;

/**
 * What the PostgreSQL driver (pgjdbc, an optional dependency) offers beyond JDBC, used when the host's connection
 * unwraps to it: {@code COPY ... FROM STDIN} for the rows of a bulk load, one set-based {@code UPDATE} over
 * {@code UNNEST} of arrays for many updates of one statement, and binary result columns. COPY and the set-based
 * update run the same constraints, foreign keys and triggers as the statements they replace; they save the
 * parsing, planning and per-statement work. Only this class names the driver, and {@link Dialect} and {@link Sql}
 * call it only when the driver is on the class path. Not API.
 */
final class PgDriver {

    /** The adapter's insert statements: {@code INSERT INTO t (a, b) VALUES (?, ?)}, every value a parameter. */
    private static final Pattern INSERT =
            Pattern.compile("INSERT INTO (\\S+) \\(([^)]+)\\) VALUES \\(\\?(?:, \\?)*\\)");
    /** The adapter's updates by key: {@code UPDATE t SET a = ?, b = ? WHERE id = ?}. */
    private static final Pattern UPDATE =
            Pattern.compile("UPDATE (\\S+) SET ((?:\\w+ = \\?, )*\\w+ = \\?) WHERE (\\w+) = \\?");

    private PgDriver() {
    }

    /**
     * Writes {@code rows} of {@code statement} in one round: an insert as one {@code COPY t (a, b) FROM STDIN}, an
     * update by key as one {@code UPDATE t SET a = v.a ... FROM UNNEST(?, ...) v WHERE t.id = v.id}. Returns false
     * (and writes nothing) when the statement has neither form, the values do not allow it, or {@code c} is not the
     * PostgreSQL driver's connection.
     */
    static boolean writeMany(Connection c, String statement, List<@Nullable Object[]> rows) throws SQLException {
        if (!(unwrap(c, PGConnection.class) instanceof PGConnection pg)) {
            return false;
        }
        Matcher insert = INSERT.matcher(statement);
        if (insert.matches()) {
            copy(pg, "COPY " + insert.group(1) + " (" + insert.group(2) + ") FROM STDIN", rows);
            return true;
        }
        Matcher update = UPDATE.matcher(statement);
        return update.matches() && updateMany(c, update, rows);
    }

    /** Asks for result columns in binary form (uuids, dates, numbers decode without text parsing). */
    static void binaryResults(PreparedStatement ps) throws SQLException {
        if (unwrap(ps, PGStatement.class) instanceof PGStatement pg) {
            pg.setPrepareThreshold(-1);
        }
    }

    /** What {@code w} unwraps to as {@code type}, or null; a wrapper may hand back something else, checked then. */
    private static @Nullable Object unwrap(Wrapper w, Class<?> type) throws SQLException {
        return w.isWrapperFor(type) ? w.unwrap(type) : null;
    }

    private static void copy(PGConnection c, String command, List<@Nullable Object[]> rows) throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 128);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                field(text, row[i]);
            }
            text.append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        try {
            c.getCopyAPI().copyIn(command, new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new SQLException("COPY failed: " + e.getMessage(), "08006", e);
        }
    }

    /** One value in COPY's text format, bound as {@link Sql#bind} binds it. */
    private static void field(StringBuilder out, @Nullable Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof String s) {
            escape(out, s);
        } else if (value instanceof Enum<?> e) {
            out.append(e.name());
        } else if (value instanceof Boolean b) {
            out.append(b ? 't' : 'f');
        } else {
            // UUID, LocalDate, OffsetDateTime (ISO 8601), Integer, Long: their toString is PostgreSQL's input form
            escape(out, value.toString());
        }
    }

    private static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(ch);
            }
        }
    }

    /** The update by key as one statement over one array per column; false when a column's type is unclear. */
    private static boolean updateMany(Connection c, Matcher update, List<@Nullable Object[]> rows)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        for (String assignment : update.group(2).split(", ")) {
            columns.add(assignment.substring(0, assignment.indexOf(' ')));
        }
        columns.add(update.group(3));
        List<String> types = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String type = arrayType(rows, i);
            if (type == null) {
                return false;
            }
            types.add(type);
        }
        StringBuilder sql = new StringBuilder("UPDATE ").append(update.group(1)).append(" t SET ");
        for (int i = 0; i < columns.size() - 1; i++) {
            sql.append(i == 0 ? "" : ", ").append(columns.get(i)).append(" = v.").append(columns.get(i));
        }
        sql.append(" FROM UNNEST(");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(") AS v(").append(String.join(", ", columns)).append(") WHERE t.").append(update.group(3))
                .append(" = v.").append(update.group(3));
        List<Array> arrays = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < columns.size(); i++) {
                Object[] values = new Object[rows.size()];
                for (int r = 0; r < rows.size(); r++) {
                    Object v = rows.get(r)[i];
                    values[r] = v instanceof Enum<?> e ? e.name() : v;
                }
                Array array = c.createArrayOf(types.get(i), values);
                arrays.add(array);
                ps.setArray(i + 1, array);
            }
            ps.executeUpdate();
        } finally {
            for (Array a : arrays) {
                a.free();
            }
        }
        return true;
    }

    /** The array type of column {@code i}: every non-null value of one of the types an update binds, else null. */
    private static @Nullable String arrayType(List<@Nullable Object[]> rows, int i) {
        String type = null;
        for (Object[] row : rows) {
            Object v = row[i];
            String t = v == null ? null : v instanceof String || v instanceof Enum<?> ? "varchar"
                    : v instanceof UUID ? "uuid" : v instanceof LocalDate ? "date" : v instanceof Long ? "int8"
                    : v instanceof Integer ? "int4" : v instanceof Boolean ? "bool" : "?";
            if (t != null) {
                if ("?".equals(t) || (type != null && !type.equals(t))) {
                    return null;
                }
                type = t;
            }
        }
        return type;
    }
}
