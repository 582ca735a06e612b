package vn.ktgs.jdbc.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/**
 * Bulk rows into PostgreSQL with {@code COPY ... FROM STDIN} (text format) through the PostgreSQL driver's
 * {@code CopyManager}, when the host's connection unwraps to the driver's {@link PGConnection}. COPY runs the same
 * constraints, foreign keys and triggers as {@code INSERT}; it only saves the parsing, planning and per-statement
 * work of batched inserts. Only this class names the driver (an optional dependency), and {@link Dialect} loads it
 * on PostgreSQL only. Not API.
 */
final class PgCopy {

    /** The adapter's insert statements: {@code INSERT INTO t (a, b) VALUES (?, ?)}, every value a parameter. */
    private static final Pattern INSERT =
            Pattern.compile("INSERT INTO (\\S+) \\(([^)]+)\\) VALUES \\(\\?(?:, \\?)*\\)");

    private PgCopy() {
    }

    /**
     * Writes {@code rows} of the insert statement {@code insert} with one {@code COPY t (a, b) FROM STDIN}; returns
     * false (and writes nothing) when the statement is not of the adapter's insert form or {@code c} is not the
     * PostgreSQL driver's connection.
     */
    static boolean copy(Connection c, String insert, List<@Nullable Object[]> rows) throws SQLException {
        Matcher m = INSERT.matcher(insert);
        if (!m.matches() || !c.isWrapperFor(PGConnection.class)) {
            return false;
        }
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
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + m.group(1) + " (" + m.group(2)
                    + ") FROM STDIN", new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new SQLException("COPY failed: " + e.getMessage(), "08006", e);
        }
        return true;
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
}
