package vn.ktgs.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The databases the adapter supports and what differs between them: where their immutability triggers live (a
 * PL/pgSQL migration, or an H2 Java trigger class), and how a column is matched against an array parameter of
 * ids. Everything else is the same SQL. Not API.
 */
public enum Dialect {
    H2("h2"),
    POSTGRESQL("postgresql");

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
