package vn.ktgs.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Cấu hình KTGS: the {@code ktgs.*} properties of the Spring Boot starter. Every one has a default; an application
 * that sets none gets the library over its {@code DataSource} in schema {@code ktgs}, migrated at start-up, and (if
 * it defines a {@code CallerResolver}) the REST API. The defaults are written as literals so that the configuration
 * processor puts them in the metadata; {@code KtgsPropertiesTest} checks they equal the library's own.
 */
@ConfigurationProperties("ktgs")
public class KtgsProperties {

    private final Jdbc jdbc = new Jdbc();
    private final Rest rest = new Rest();

    public Jdbc getJdbc() {
        return jdbc;
    }

    public Rest getRest() {
        return rest;
    }

    /** The JDBC adapter over the application's DataSource. */
    public static class Jdbc {
        /** Database schema of the library's tables (created if missing). */
        private String schema = "ktgs";
        /**
         * Whether to run the library's Flyway migrations (history table ktgs_schema_history in the library's schema)
         * at start-up. Off when the application runs them with its own Flyway.
         */
        private boolean migrate = true;
        /** The name written to the audit trail when the application defines no vn.ktgs.jdbc.Actor bean. */
        private String actor = "ktgs";

        public String getSchema() {
            return schema;
        }

        public void setSchema(String schema) {
            this.schema = schema;
        }

        public boolean isMigrate() {
            return migrate;
        }

        public void setMigrate(boolean migrate) {
            this.migrate = migrate;
        }

        public String getActor() {
            return actor;
        }

        public void setActor(String actor) {
            this.actor = actor;
        }
    }

    /** The REST API on Spring Boot's Jersey (its path is spring.jersey.application-path). */
    public static class Rest {
        /** Whether to register the library's REST resources (it needs a vn.ktgs.rest.CallerResolver bean too). */
        private boolean enabled = true;
        /** The largest request body accepted, in bytes; larger ones answer 413. */
        private int bodyLimit = 262144;
        /** How many idempotency keys are remembered. */
        private int idempotencyCapacity = 10000;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getBodyLimit() {
            return bodyLimit;
        }

        public void setBodyLimit(int bodyLimit) {
            this.bodyLimit = bodyLimit;
        }

        public int getIdempotencyCapacity() {
            return idempotencyCapacity;
        }

        public void setIdempotencyCapacity(int idempotencyCapacity) {
            this.idempotencyCapacity = idempotencyCapacity;
        }
    }
}
