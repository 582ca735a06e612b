package vn.ktgs.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ktgs.auth.jwt.JwtCallerResolver;
import vn.ktgs.rest.CallerResolver;

/**
 * The seed scenario over HTTP with bearer tokens instead of trusted headers: the starter's JWT resolver from
 * {@code ktgs.auth.jwt.*} (Keycloak's shape: roles in {@code realm_access.roles}), its keys read from a JWK set URL
 * this test serves on loopback, with a key generated for the run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:seed-over-http-jwt;DB_CLOSE_DELAY=-1")
@Import(SeedOverHttp.DatasetDay.class)
@DirtiesContext
class SeedOverHttpJwtTest extends SeedOverHttp {

    private static final String ISSUER = "https://sso.ktgs.test/realms/ktgs";
    private static final RSAKey KEY;
    private static final HttpServer JWKS;

    static {
        try {
            KEY = new RSAKeyGenerator(2048).keyID("seed-key").generate();
            JWKS = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] keys = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        JWKS.createContext("/realms/ktgs/protocol/openid-connect/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(keys);
            }
        });
        JWKS.start();
    }

    @DynamicPropertySource
    static void jwt(DynamicPropertyRegistry registry) {
        registry.add("sample.trusted-headers", () -> "false");
        registry.add("ktgs.auth.jwt.jwk-set-uri", () -> "http://127.0.0.1:" + JWKS.getAddress().getPort()
                + "/realms/ktgs/protocol/openid-connect/certs");
        registry.add("ktgs.auth.jwt.issuer", () -> ISSUER);
        registry.add("ktgs.auth.jwt.audience", () -> "ktgs-api");
        registry.add("ktgs.auth.jwt.authorities-claim", () -> "realm_access.roles");
        registry.add("ktgs.auth.jwt.authorities.ktgs-administrator", () -> "ADMINISTRATOR");
    }

    @AfterAll
    static void stop() {
        JWKS.stop(0);
    }

    @Autowired
    CallerResolver callers;

    private static String token(Instant expires) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(List.of("ktgs-api", "account"))
                    .subject("văn-phòng").issueTime(new Date()).expirationTime(Date.from(expires))
                    .claim("realm_access", Map.of("roles", List.of("offline_access", "ktgs-administrator")))
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .keyID(KEY.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected HttpRequest.Builder asAdministrator(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + token(Instant.now().plusSeconds(300)));
    }

    @Test
    void theStarterVerifiesBearerTokensAndChallengesEveryFailure() throws Exception {
        assertThat(callers).isInstanceOf(JwtCallerResolver.class);
        HttpResponse<String> none = send(get("/organisations"));
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"ktgs\"");
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        HttpResponse<String> expired = send(get("/organisations").header("Authorization",
                "Bearer " + token(Instant.now().minusSeconds(600))));
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.headers().firstValue("WWW-Authenticate"))
                .contains("Bearer realm=\"ktgs\", error=\"invalid_token\"");
        HttpResponse<String> valid = send(asAdministrator(get("/organisations")));
        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
    }
}
