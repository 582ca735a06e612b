package vn.ktgs.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The databases the adapter supports and what differs between them: where their immutability triggers live (a
 * PL/pgSQL migration, or an H2 Java trigger class), and how a column is matched against an array parameter of
 * ids. Everything else is the same SQL. Not API.
 */
public enum Dialect {
    H2("h2"),
    POSTGRESQL("postgresql");

    /** Whether the PostgreSQL driver (an optional dependency) is there for {@link PgDriver}. */
    static final boolean PG_DRIVER = present("org.postgresql.PGConnection");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /**
     * {@code column} is one of the ids of an array parameter: on PostgreSQL a hashed semi-join over
     * {@code UNNEST(?)} ({@code = ANY (?)} scans the whole array for every row: quadratic over a province), on H2
     * {@code = ANY (?)}.
     */
    public String inArray(String column) {
        return this == POSTGRESQL ? column + " IN (SELECT t.x FROM UNNEST(?) AS t(x))" : column + " = ANY (?)";
    }

    /**
     * An {@code ORDER BY} term that sorts text {@code column} as the in-memory ports do ({@link String#compareTo}):
     * on PostgreSQL {@code COLLATE "C"} (Unicode code points, whatever the database's collation), on H2 the column
     * itself (H2's default collation compares Java strings). The two orders differ only where a character beyond
     * U+FFFF meets one from U+E000 to U+FFFF at the same position, which no code or abbreviation the library
     * stores has. On an H2 database whose host set another collation ({@code SET COLLATION}) the order follows it.
     */
    public String textOrder(String column) {
        return this == POSTGRESQL ? column + " COLLATE \"C\"" : column;
    }

    /**
     * An {@code ORDER BY} term that sorts uuid {@code column} as {@link java.util.UUID#compareTo} does: two signed
     * 64-bit halves. Both databases compare uuids as unsigned bytes, so the term flips the sign bit of each half
     * of the 16 bytes ({@code uuid_send} and {@code set_byte} on PostgreSQL, {@code BITXOR} on H2). It is computed
     * per row, so it sorts the filtered rows rather than reading an index in order.
     */
    public String uuidOrder(String column) {
        return this == POSTGRESQL
                ? "set_byte(set_byte(uuid_send(" + column + "), 0, get_byte(uuid_send(" + column + "), 0) # 128), 8, "
                        + "get_byte(uuid_send(" + column + "), 8) # 128)"
                : "BITXOR(CAST(" + column + " AS BINARY(16)), X'80000000000000008000000000000000')";
    }

    /**
     * Writes many rows of one statement in a bulk load: on PostgreSQL, when the connection unwraps to the
     * PostgreSQL driver's, an insert as one {@code COPY ... FROM STDIN} and an update by key as one {@code UPDATE}
     * over arrays (same constraints and triggers as the statements, a fraction of their cost); otherwise as one
     * JDBC batch.
     */
    public void writeMany(Connection c, String statement, List<@Nullable Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (this == POSTGRESQL && PG_DRIVER && PgDriver.writeMany(c, statement, rows)) {
            return;
        }
        Sql.batch(c, statement, rows);
    }

    /**
     * The setting for a transaction of large reads the library opens itself ({@code committeeYear}), or null: on
     * PostgreSQL {@code SET LOCAL work_mem = '64MB'}, so that hashing a province's ids (hundreds of thousands) stays
     * in memory instead of spilling to temporary files at the default 4 MB; it ends with the transaction.
     */
    public @Nullable String largeReadSetting() {
        return this == POSTGRESQL ? "SET LOCAL work_mem = '64MB'" : null;
    }

    /** The Flyway location of this database's own migrations. */
    public String location() {
        return "classpath:vn/ktgs/jdbc/migration/" + folder;
    }

    public static Dialect of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return of(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw Failures.translate(e);
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, Dialect.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static Dialect of(String productName) {
        String p = productName.toLowerCase(Locale.ROOT);
        if (p.contains("h2")) {
            return H2;
        }
        if (p.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("KTGS supports H2 and PostgreSQL, not " + productName);
    }
}
