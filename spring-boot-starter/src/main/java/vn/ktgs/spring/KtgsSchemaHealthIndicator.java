package vn.ktgs.spring;

import java.util.Arrays;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import vn.ktgs.jdbc.KtgsSchema;

/**
 * Health of the library's schema (component {@code ktgs}): UP when every migration shipped in the jar has been
 * applied with success, DOWN when one is pending or failed or the database cannot be read; the details name the
 * schema, its current version and the pending or failed versions.
 */
public final class KtgsSchemaHealthIndicator extends AbstractHealthIndicator {

    private final DataSource dataSource;
    private final String schema;

    public KtgsSchemaHealthIndicator(DataSource dataSource, String schema) {
        super("KTGS schema health check failed");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MigrationInfoService info = KtgsSchema.flyway(dataSource, schema).info();
        MigrationInfo current = info.current();
        String[] pending = versions(info.pending());
        String[] failed = versions(Arrays.stream(info.all()).filter(m -> m.getState().isFailed())
                .toArray(MigrationInfo[]::new));
        builder.withDetail("schema", schema)
                .withDetail("version", current == null ? "none" : current.getVersion().getVersion())
                .withDetail("pending", pending)
                .withDetail("failed", failed);
        if (current == null || pending.length > 0 || failed.length > 0
                || current.getState() != MigrationState.SUCCESS) {
            builder.down();
        } else {
            builder.up();
        }
    }

    private static String[] versions(MigrationInfo[] migrations) {
        return Arrays.stream(migrations).map(m -> m.getVersion().getVersion()).toArray(String[]::new);
    }
}
