package vn.ktgs.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import jakarta.validation.Validation;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.access.Authority;
import vn.ktgs.access.Caller;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.OrganisationCommands.RegisterMember;
import vn.ktgs.rest.CallerResolver;

/** Every way a bearer token is believed, and every way it is refused (the caller stays unknown: 401). */
class JwtCallerResolverTest {

    private static final Ktgs KTGS = Ktgs.builder(Ports.inMemory(),
            Validation.buildDefaultValidatorFactory().getValidator(), Tokens.CLOCK).build();
    private static final Member AN = KTGS.organisations()
            .registerMember(new RegisterMember("DV01", "Nguyễn Văn An")).orThrow();

    private static JwtCallerResolver.Builder builder() {
        return JwtCallerResolver.builder(new ImmutableJWKSet<>(new JWKSet(Tokens.ISSUER_KEY.toPublicJWK())),
                Tokens.ISSUER, Tokens.AUDIENCE, KTGS.organisations()).clock(Tokens.CLOCK);
    }

    private static final JwtCallerResolver RESOLVER = builder().build();

    static CallerResolver.CallerRequest request(@Nullable String authorization) {
        return new CallerResolver.CallerRequest() {
            @Override
            public @Nullable String header(String name) {
                return name.equalsIgnoreCase("Authorization") ? authorization : null;
            }

            @Override
            public SecurityContext securityContext() {
                throw new UnsupportedOperationException("not read by the JWT resolver");
            }
        };
    }

    private static Optional<Caller> resolve(@Nullable String authorization) {
        return RESOLVER.resolve(request(authorization));
    }

    private static String bearer(JWTClaimsSet claims) {
        return "Bearer " + Tokens.sign(Tokens.ISSUER_KEY, claims);
    }

    @Test
    void aValidTokenNamesTheMemberByCode() {
        assertThat(resolve(bearer(Tokens.claims("DV01").build())))
                .contains(new Caller(AN.id(), Set.of()));
        assertThat(resolve("bearer " + Tokens.sign(Tokens.ISSUER_KEY, Tokens.claims("DV01").build())))
                .as("the scheme is case-insensitive").contains(new Caller(AN.id(), Set.of()));
    }

    @Test
    void theMemberClaimCanHoldTheMembersId() {
        JwtCallerResolver byId = builder().memberClaim("sub", JwtCallerResolver.MemberKey.ID).build();
        String token = Tokens.sign(Tokens.ISSUER_KEY, Tokens.claims("DV01").subject(AN.id().value().toString())
                .build());
        assertThat(byId.resolve(request("Bearer " + token))).contains(new Caller(AN.id(), Set.of()));
        String unknown = Tokens.sign(Tokens.ISSUER_KEY, Tokens.claims("DV01")
                .subject("7f000000-0000-4000-8000-000000000001").build());
        assertThat(byId.resolve(request("Bearer " + unknown))).as("an id the library does not hold").isEmpty();
    }

    @Test
    void authoritiesComeFromANestedClaimAndUnmappedValuesAreIgnored() {
        JwtCallerResolver keycloak = builder().authoritiesClaim("realm_access.roles")
                .authority("ktgs-administrator", Authority.ADMINISTRATOR).build();
        JWTClaimsSet admin = Tokens.claims("DV01").claim("ktgs_member", null)
                .claim("realm_access", Map.of("roles", List.of("offline_access", "ktgs-administrator"))).build();
        assertThat(keycloak.resolve(request("Bearer " + Tokens.sign(Tokens.ISSUER_KEY, admin))))
                .contains(new Caller(null, Set.of(Authority.ADMINISTRATOR)));
        JWTClaimsSet byName = Tokens.claims("DV01").claim("ktgs_member", null)
                .claim("realm_access", Map.of("roles", List.of("ADMINISTRATOR"))).build();
        assertThat(keycloak.resolve(request("Bearer " + Tokens.sign(Tokens.ISSUER_KEY, byName))))
                .as("once mapped, the default names no longer count").isEmpty();
        JWTClaimsSet spaced = Tokens.claims("DV01").claim("ktgs_authorities", "read ADMINISTRATOR").build();
        assertThat(resolve(bearer(spaced))).contains(new Caller(AN.id(), Set.of(Authority.ADMINISTRATOR)));
    }

    /** A token differing from a valid one in one respect, and the resolver's answer to it. */
    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("no Authorization header", (Supplier<String>) () -> null),
                Arguments.of("another scheme", (Supplier<String>) () -> "Basic ZGVtbzpkZW1v"),
                Arguments.of("an empty bearer", (Supplier<String>) () -> "Bearer "),
                Arguments.of("not a JWT", (Supplier<String>) () -> "Bearer not.a.token"),
                Arguments.of("expired five minutes ago", (Supplier<String>) () -> bearer(Tokens.claims("DV01")
                        .expirationTime(Date.from(Tokens.NOW.minusSeconds(300))).build())),
                Arguments.of("without an expiry", (Supplier<String>) () -> bearer(Tokens.claims("DV01")
                        .expirationTime(null).build())),
                Arguments.of("not valid before tomorrow", (Supplier<String>) () -> bearer(Tokens.claims("DV01")
                        .notBeforeTime(Date.from(Tokens.NOW.plusSeconds(86_400))).build())),
                Arguments.of("a wrong issuer", (Supplier<String>) () -> bearer(Tokens.claims("DV01")
                        .issuer("https://sso.elsewhere.test/realms/ktgs").build())),
                Arguments.of("a wrong audience", (Supplier<String>) () -> bearer(Tokens.claims("DV01")
                        .audience("another-api").build())),
                Arguments.of("an unknown key id", (Supplier<String>) () -> "Bearer "
                        + Tokens.sign(Tokens.UNKNOWN_KEY, Tokens.claims("DV01").build())),
                Arguments.of("signed by another key under the issuer's key id", (Supplier<String>) () -> "Bearer "
                        + Tokens.sign(Tokens.IMPOSTOR_KEY, Tokens.claims("DV01").build())),
                Arguments.of("alg: none", (Supplier<String>) () -> "Bearer "
                        + new PlainJWT(Tokens.claims("DV01").build()).serialize()),
                Arguments.of("alg: none with the issuer's key id", (Supplier<String>) () -> "Bearer "
                        + noneWithKeyId()),
                Arguments.of("HS256 under the issuer's key id", (Supplier<String>) () -> "Bearer " + hmac()),
                Arguments.of("a tampered payload", (Supplier<String>) () -> "Bearer " + tampered()),
                Arguments.of("a wrong type", (Supplier<String>) () -> "Bearer " + Tokens.sign(Tokens.ISSUER_KEY,
                        Tokens.claims("DV01").build(), h -> h.type(new com.nimbusds.jose.JOSEObjectType("JOSE+JSON")))),
                Arguments.of("a member the library does not hold", (Supplier<String>) () -> bearer(
                        Tokens.claims("DV99").build())),
                Arguments.of("neither a member nor an authority", (Supplier<String>) () -> bearer(
                        Tokens.claims("DV01").claim("ktgs_member", null).build())),
                Arguments.of("a member claim that is not a string", (Supplier<String>) () -> bearer(
                        Tokens.claims("DV01").claim("ktgs_member", 42).build())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void everyFailureLeavesTheCallerUnknown(String why, Supplier<String> authorization) {
        assertThat(resolve(authorization.get())).as(why).isEmpty();
    }

    /** The payload of a valid token rewritten to name another member, the signature kept. */
    private static String tampered() {
        KTGS.organisations().memberByCode("DV02").orElseGet(() -> KTGS.organisations()
                .registerMember(new RegisterMember("DV02", "Trần Thị Bình")).orThrow());
        String[] parts = Tokens.sign(Tokens.ISSUER_KEY, Tokens.claims("DV01").build()).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"DV01\"", "\"DV02\"");
        assertThat(payload).contains("DV02");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** {"alg":"none","kid":"k1"} over valid claims, with an empty signature. */
    private static String noneWithKeyId() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8));
        String claims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                Tokens.claims("DV01").build().toString().getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }

    /** HS256 keyed with the issuer's public key's bytes (the classic algorithm confusion). */
    private static String hmac() {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(),
                    new Payload(Tokens.claims("DV01").build().toJSONObject()));
            jws.sign(new MACSigner(Tokens.ISSUER_KEY.toPublicJWK().toRSAPublicKey().getEncoded()));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSharedSecretAlgorithmCannotBeConfigured() {
        assertThatThrownBy(() -> builder().algorithms(Set.of(JWSAlgorithm.HS256)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTokensTimesAreReadWithTheConfiguredSkew() {
        JWTClaimsSet justExpired = Tokens.claims("DV01").expirationTime(Date.from(Tokens.NOW.minusSeconds(30)))
                .build();
        assertThat(resolve(bearer(justExpired))).as("within the default 60 s").isPresent();
        JwtCallerResolver strict = builder().clockSkew(java.time.Duration.ZERO).build();
        assertThat(strict.resolve(request(bearer(justExpired)))).isEmpty();
    }
}
