package vn.ktgs.jdbc;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import vn.ktgs.jdbc.internal.Dialect;
import vn.ktgs.jdbc.internal.Sql;

/**
 * Lược đồ dữ liệu: the library's tables, shipped as Flyway migrations in the jar. A host either lets the library
 * migrate ({@link #migrate(DataSource, String)}) or runs the same migrations with its own Flyway: locations
 * {@link #COMMON_LOCATION} plus the database's own ({@link #locations(DataSource)}), schema of its choice, history
 * table {@link #HISTORY_TABLE} (so the library's history never mixes with the host's).
 */
public final class KtgsSchema {

    /** The schema the library uses unless told otherwise. */
    public static final String DEFAULT_SCHEMA = "ktgs";
    /** Flyway's history table of the library's migrations, in the library's schema. */
    public static final String HISTORY_TABLE = "ktgs_schema_history";
    /** The migrations every database runs: the tables and their constraints. */
    public static final String COMMON_LOCATION = "classpath:vn/ktgs/jdbc/migration/common";

    private KtgsSchema() {
    }

    /** The Flyway locations for the database behind {@code dataSource}: the common one and its own. */
    public static List<String> locations(DataSource dataSource) {
        return List.of(COMMON_LOCATION, Dialect.of(dataSource).location());
    }

    /** A Flyway configured for the library's migrations in {@code schema}; the host may adjust it and migrate. */
    public static Flyway flyway(DataSource dataSource, String schema) {
        Sql.checkIdentifier(schema);
        return Flyway.configure(KtgsSchema.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .table(HISTORY_TABLE)
                .locations(locations(dataSource).toArray(String[]::new))
                .failOnMissingLocations(true)
                .load();
    }

    /**
     * Brings {@code schema} to the latest version (creating it when missing); running it again changes nothing.
     *
     * @return the number of migrations applied now
     */
    public static int migrate(DataSource dataSource, String schema) {
        MigrateResult result = flyway(dataSource, schema).migrate();
        return result.migrationsExecuted;
    }
}
