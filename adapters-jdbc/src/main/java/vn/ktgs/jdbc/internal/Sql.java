package vn.ktgs.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The adapter's one mapping layer: binds Java values to statement parameters and reads typed columns, so every
 * statement goes through {@link PreparedStatement} parameters (text is never spliced into SQL) and every table
 * name through {@link #table(String)}. Not API.
 */
public final class Sql {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final String schema;

    /**
     * @param schema the schema the library's tables live in: a plain SQL identifier (letters, digits, underscore)
     */
    public Sql(String schema) {
        this.schema = checkIdentifier(schema);
    }

    /** Rejects anything but a plain SQL identifier, so a schema name can never carry SQL. */
    public static String checkIdentifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain SQL identifier (letters, digits, _): " + name);
        }
        return name;
    }

    public String schema() {
        return schema;
    }

    /** The qualified name of the library's table {@code ktgs_<name>}: the schema quoted as given. */
    public String table(String name) {
        return '"' + schema + "\"." + "ktgs_" + name;
    }

    /** Reads one row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public static int update(Connection c, String sql, @Nullable Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    public static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, @Nullable Object... params)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (Dialect.PG_DRIVER) {
                PgDriver.binaryResults(ps);
            }
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        }
    }

    public static <T> Optional<T> one(Connection c, String sql, RowMapper<T> mapper, @Nullable Object... params)
            throws SQLException {
        List<T> all = list(c, sql, mapper, params);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Runs {@code sql} once per row of parameters, as one JDBC batch. */
    public static void batch(Connection c, String sql, List<@Nullable Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Binds each parameter by its Java type: UUID, LocalDate, OffsetDateTime, enums by name, numbers, text. */
    public static void bind(PreparedStatement ps, @Nullable Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int at = i + 1;
            if (p == null) {
                ps.setNull(at, Types.NULL);
            } else if (p instanceof String s) {
                ps.setString(at, s);
            } else if (p instanceof Enum<?> e) {
                ps.setString(at, e.name());
            } else if (p instanceof UUID || p instanceof LocalDate || p instanceof OffsetDateTime) {
                ps.setObject(at, p);
            } else if (p instanceof Integer n) {
                ps.setInt(at, n);
            } else if (p instanceof Long n) {
                ps.setLong(at, n);
            } else if (p instanceof Boolean b) {
                ps.setBoolean(at, b);
            } else if (p instanceof java.sql.Array a) {
                ps.setArray(at, a);
            } else {
                throw new IllegalArgumentException("no binding for " + p.getClass().getName());
            }
        }
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        UUID v = rs.getObject(column, UUID.class);
        if (v == null) {
            throw new SQLException("column " + column + " is null");
        }
        return v;
    }

    public static @Nullable UUID uuidOrNull(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        LocalDate v = rs.getObject(column, LocalDate.class);
        if (v == null) {
            throw new SQLException("column " + column + " is null");
        }
        return v;
    }

    public static @Nullable LocalDate dateOrNull(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static String text(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        if (v == null) {
            throw new SQLException("column " + column + " is null");
        }
        return v;
    }

    public static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        return Enum.valueOf(type, text(rs, column));
    }
}
