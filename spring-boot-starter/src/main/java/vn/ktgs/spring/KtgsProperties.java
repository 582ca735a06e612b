package vn.ktgs.spring;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.ktgs.access.Authority;

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
    private final Auth auth = new Auth();

    public Jdbc getJdbc() {
        return jdbc;
    }

    public Rest getRest() {
        return rest;
    }

    public Auth getAuth() {
        return auth;
    }

    /** Authentication of the REST API's callers. */
    public static class Auth {
        private final Jwt jwt = new Jwt();

        public Jwt getJwt() {
            return jwt;
        }
    }

    /**
     * OpenID Connect / JWT bearer tokens (needs ktgs-adapters-auth-jwt on the classpath); on when jwk-set-uri is set
     * and the application defines no vn.ktgs.rest.CallerResolver bean.
     */
    public static class Jwt {
        /** The issuer's JWK set URL (OpenID Connect jwks_uri), for example https://sso/realms/ktgs/protocol/openid-connect/certs. */
        private @Nullable URI jwkSetUri;
        /** The exact issuer (iss) tokens must carry. */
        private @Nullable String issuer;
        /** The audience (aud) tokens must contain. */
        private @Nullable String audience;
        /** The claim naming the member. */
        private String memberClaim = "ktgs_member";
        /** What the member claim holds: CODE (the member's code) or ID (the member's UUID). */
        private MemberKey memberKey = MemberKey.CODE;
        /** The claim listing the authorities, a dotted path into nested objects (realm_access.roles in Keycloak). */
        private String authoritiesClaim = "ktgs_authorities";
        /** Claim values granting each authority, e.g. ktgs.auth.jwt.authorities.ktgs-administrator=ADMINISTRATOR; by default each authority's own name. */
        private Map<String, Authority> authorities = new LinkedHashMap<>();
        /** How far a token's times may be off this machine's clock. */
        private Duration clockSkew = Duration.ofSeconds(60);
        /** The realm named in the WWW-Authenticate header of a 401. */
        private String realm = "ktgs";

        public @Nullable URI getJwkSetUri() {
            return jwkSetUri;
        }

        public void setJwkSetUri(@Nullable URI jwkSetUri) {
            this.jwkSetUri = jwkSetUri;
        }

        public @Nullable String getIssuer() {
            return issuer;
        }

        public void setIssuer(@Nullable String issuer) {
            this.issuer = issuer;
        }

        public @Nullable String getAudience() {
            return audience;
        }

        public void setAudience(@Nullable String audience) {
            this.audience = audience;
        }

        public String getMemberClaim() {
            return memberClaim;
        }

        public void setMemberClaim(String memberClaim) {
            this.memberClaim = memberClaim;
        }

        public MemberKey getMemberKey() {
            return memberKey;
        }

        public void setMemberKey(MemberKey memberKey) {
            this.memberKey = memberKey;
        }

        public String getAuthoritiesClaim() {
            return authoritiesClaim;
        }

        public void setAuthoritiesClaim(String authoritiesClaim) {
            this.authoritiesClaim = authoritiesClaim;
        }

        public Map<String, Authority> getAuthorities() {
            return authorities;
        }

        public void setAuthorities(Map<String, Authority> authorities) {
            this.authorities = authorities;
        }

        public Duration getClockSkew() {
            return clockSkew;
        }

        public void setClockSkew(Duration clockSkew) {
            this.clockSkew = clockSkew;
        }

        public String getRealm() {
            return realm;
        }

        public void setRealm(String realm) {
            this.realm = realm;
        }
    }

    /** What the member claim of a token holds. */
    public enum MemberKey {
        /** The member's code in the library. */
        CODE,
        /** The member's id in the library (a UUID). */
        ID
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
