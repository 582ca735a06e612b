package vn.ktgs.auth.jwt;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ktgs.access.Authority;
import vn.ktgs.access.Caller;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationService;
import vn.ktgs.rest.CallerResolver;

/**
 * Người gọi theo mã thông báo: a {@link CallerResolver} that believes an {@code Authorization: Bearer} token only
 * once Nimbus JOSE + JWT has checked it — its signature against the issuer's JWK set (RSA or EC, never
 * {@code alg: none} nor a shared secret), its type, its expiry and not-before time (with a clock skew), its issuer
 * and its audience. One claim names the member (by code or by id; the member must exist), another lists the
 * authorities (each value mapped to an {@link Authority}; values it does not map are ignored). Any failure — no
 * token, a bad one, an unknown member, neither a member nor an authority — leaves the caller unknown, which the REST
 * adapter answers with 401 and a problem document; {@link BearerChallenge} adds the {@code WWW-Authenticate} header.
 *
 * <pre>{@code
 * CallerResolver callers = JwtCallerResolver.builder(
 *         new URL("https://sso.example.vn/realms/ktgs/protocol/openid-connect/certs"),
 *         "https://sso.example.vn/realms/ktgs", "ktgs-api", ktgs.organisations())
 *     .memberClaim("preferred_username", JwtCallerResolver.MemberKey.CODE)
 *     .authoritiesClaim("realm_access.roles")
 *     .authority("ktgs-administrator", Authority.ADMINISTRATOR)
 *     .build();
 * }</pre>
 *
 * Thread-safe. The JWK set fetched from a URL is cached, refreshed ahead of expiry and re-read (rate-limited) when a
 * token names a key id it does not hold, so that the issuer's key rotation needs no restart.
 */
public final class JwtCallerResolver implements CallerResolver {

    private static final Logger LOG = LoggerFactory.getLogger(JwtCallerResolver.class);
    private static final String BEARER = "bearer ";

    /** What the member claim holds. */
    public enum MemberKey {
        /** The member's code in the library ({@code DV01}). */
        CODE,
        /** The member's id in the library (a UUID). */
        ID
    }

    private final ConfigurableJWTProcessor<SecurityContext> processor;
    private final OrganisationService organisations;
    private final String memberClaim;
    private final MemberKey memberKey;
    private final List<String> authoritiesPath;
    private final Map<String, Authority> authorities;

    private JwtCallerResolver(Builder b) {
        this.organisations = b.organisations;
        this.memberClaim = b.memberClaim;
        this.memberKey = b.memberKey;
        this.authoritiesPath = List.of(b.authoritiesClaim.split("\\."));
        this.authorities = Map.copyOf(b.authorities);
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"),
                null));
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(b.algorithms, b.keys));
        Clock clock = b.clock;
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(b.audience,
                new JWTClaimsSet.Builder().issuer(b.issuer).build(), Set.of("exp", "iss", "aud")) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        };
        claims.setMaxClockSkew((int) b.clockSkew.toSeconds());
        p.setJWTClaimsSetVerifier(claims);
        this.processor = p;
    }

    /** A resolver reading the issuer's keys from its JWK set URL (OpenID Connect's {@code jwks_uri}). */
    public static Builder builder(URL jwkSetUrl, String issuer, String audience, OrganisationService organisations) {
        return builder(JWKSourceBuilder.<SecurityContext>create(Objects.requireNonNull(jwkSetUrl, "jwkSetUrl"))
                .build(), issuer, audience, organisations);
    }

    /** A resolver with the keys from {@code keys} (for example an {@code ImmutableJWKSet}). */
    public static Builder builder(JWKSource<SecurityContext> keys, String issuer, String audience,
                                  OrganisationService organisations) {
        return new Builder(keys, issuer, audience, organisations);
    }

    @Override
    public Optional<Caller> resolve(CallerRequest request) {
        String header = request.header("Authorization");
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(header.substring(BEARER.length()).trim(), null);
        } catch (java.text.ParseException | com.nimbusds.jose.proc.BadJOSEException
                 | com.nimbusds.jose.JOSEException e) {
            LOG.debug("bearer token refused: {}", e.getMessage());
            return Optional.empty();
        }
        MemberId member = null;
        Object value = claims.getClaim(memberClaim);
        if (value != null) {
            Optional<MemberId> found = member(value);
            if (found.isEmpty()) {
                LOG.debug("bearer token names no member of the library in claim {}", memberClaim);
                return Optional.empty();
            }
            member = found.get();
        }
        Set<Authority> granted = EnumSet.noneOf(Authority.class);
        for (String v : values(claims.getClaims())) {
            Authority a = authorities.get(v);
            if (a != null) {
                granted.add(a);
            }
        }
        if (member == null && granted.isEmpty()) {
            LOG.debug("bearer token names neither a member nor an authority");
            return Optional.empty();
        }
        return Optional.of(new Caller(member, granted));
    }

    private Optional<MemberId> member(Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            return Optional.empty();
        }
        return switch (memberKey) {
            case CODE -> organisations.memberByCode(s).map(Member::id);
            case ID -> vn.ktgs.common.Uuids.parse(s).flatMap(id -> organisations.findMember(new MemberId(id)))
                    .map(Member::id);
        };
    }

    /** The authorities claim's values: a list of strings, or one string of values separated by spaces or commas. */
    private List<String> values(Map<String, Object> claims) {
        Object node = claims;
        for (String step : authoritiesPath) {
            if (!(node instanceof Map<?, ?> map)) {
                return List.of();
            }
            node = map.get(step);
        }
        List<String> out = new ArrayList<>();
        if (node instanceof String s) {
            for (String v : s.split("[\\s,]+")) {
                if (!v.isEmpty()) {
                    out.add(v);
                }
            }
        } else if (node instanceof List<?> list) {
            for (Object v : list) {
                if (v instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** Configures a {@link JwtCallerResolver}. */
    public static final class Builder {
        private final JWKSource<SecurityContext> keys;
        private final String issuer;
        private final String audience;
        private final OrganisationService organisations;
        private String memberClaim = "ktgs_member";
        private MemberKey memberKey = MemberKey.CODE;
        private String authoritiesClaim = "ktgs_authorities";
        private final Map<String, Authority> authorities = new LinkedHashMap<>();
        private boolean defaultAuthorities = true;
        private Set<JWSAlgorithm> algorithms = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
                JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384,
                JWSAlgorithm.ES512);
        private Duration clockSkew = Duration.ofSeconds(60);
        private Clock clock = Clock.systemUTC();

        private Builder(JWKSource<SecurityContext> keys, String issuer, String audience,
                        OrganisationService organisations) {
            this.keys = Objects.requireNonNull(keys, "keys");
            this.issuer = requireText(issuer, "issuer");
            this.audience = requireText(audience, "audience");
            this.organisations = Objects.requireNonNull(organisations, "organisations");
            for (Authority a : Authority.values()) {
                authorities.put(a.name(), a);
            }
        }

        /** The claim naming the member and what it holds; by default {@code ktgs_member}, a member code. */
        public Builder memberClaim(String claim, MemberKey key) {
            this.memberClaim = requireText(claim, "claim");
            this.memberKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * The claim listing the authorities, a dotted path into nested objects ({@code realm_access.roles} in
         * Keycloak); by default {@code ktgs_authorities}.
         */
        public Builder authoritiesClaim(String claim) {
            this.authoritiesClaim = requireText(claim, "claim");
            return this;
        }

        /**
         * A claim value that grants {@code authority}. By default each authority is granted by its own name
         * ({@code ADMINISTRATOR}); the first call replaces those defaults.
         */
        public Builder authority(String value, Authority authority) {
            if (defaultAuthorities) {
                authorities.clear();
                defaultAuthorities = false;
            }
            authorities.put(requireText(value, "value"), Objects.requireNonNull(authority, "authority"));
            return this;
        }

        /** The signature algorithms accepted (asymmetric ones only; by default RSA, RSA-PSS and EC). */
        public Builder algorithms(Set<JWSAlgorithm> accepted) {
            for (JWSAlgorithm a : accepted) {
                if (JWSAlgorithm.Family.HMAC_SHA.contains(a) || a.getName().toLowerCase(Locale.ROOT).equals("none")) {
                    throw new IllegalArgumentException("only asymmetric signatures are accepted: " + a);
                }
            }
            this.algorithms = Set.copyOf(accepted);
            return this;
        }

        /** How far the token's times may be off this machine's clock; 60 s by default. */
        public Builder clockSkew(Duration skew) {
            if (skew.isNegative()) {
                throw new IllegalArgumentException("a clock skew is not negative");
            }
            this.clockSkew = skew;
            return this;
        }

        /** The clock expiry is checked against; the system clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public JwtCallerResolver build() {
            return new JwtCallerResolver(this);
        }

        private static String requireText(@Nullable String s, String what) {
            if (s == null || s.isBlank()) {
                throw new IllegalArgumentException(what + " is required");
            }
            return s;
        }
    }
}
