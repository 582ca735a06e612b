package vn.ktgs.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import jakarta.validation.Validation;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.organisation.OrganisationCommands.RegisterMember;
import vn.ktgs.organisation.OrganisationCommands.RegisterOrganisation;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.rest.KtgsRestApplication;

/**
 * The resolver in front of the REST API, its keys read from a JWK set URL served on loopback: a valid token is
 * served, every refused one answers 401 with the problem document and {@code WWW-Authenticate}.
 */
class JwtOverHttpTest {

    private static HttpServer jwks;
    private static HttpServer api;
    private static final AtomicInteger JWKS_READS = new AtomicInteger();
    private static URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] keys = new JWKSet(Tokens.ISSUER_KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/certs", exchange -> {
            JWKS_READS.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(keys);
            }
        });
        jwks.start();

        Ktgs ktgs = Ktgs.builder(Ports.inMemory(), Validation.buildDefaultValidatorFactory().getValidator(),
                Tokens.CLOCK).build();
        ktgs.organisations().register(new RegisterOrganisation("ĐB-VPUBND", "Đảng bộ Văn phòng UBND tỉnh",
                OrganisationKind.GRASSROOTS_COMMITTEE, null, LocalDate.of(2020, 10, 1))).orThrow();
        ktgs.organisations().registerMember(new RegisterMember("DV01", "Nguyễn Văn An")).orThrow();
        URL certs = URI.create("http://127.0.0.1:" + jwks.getAddress().getPort() + "/certs").toURL();
        JwtCallerResolver resolver = JwtCallerResolver.builder(certs, Tokens.ISSUER, Tokens.AUDIENCE,
                ktgs.organisations()).clock(Tokens.CLOCK).build();
        ResourceConfig config = ResourceConfig.forApplication(KtgsRestApplication.builder(ktgs, resolver).build())
                .register(new BearerChallenge("ktgs"))
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
        api = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config, false);
        api.start();
        base = URI.create("http://127.0.0.1:" + api.getAddress().getPort() + "/");
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.stop(0);
        }
        if (jwks != null) {
            jwks.stop(0);
        }
    }

    private HttpResponse<String> organisations(String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve("organisations")).GET();
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aValidTokenIsServedWithKeysFromTheJwkSetUrl() throws Exception {
        String admin = Tokens.sign(Tokens.ISSUER_KEY, Tokens.claims("DV01")
                .claim("ktgs_authorities", java.util.List.of("ADMINISTRATOR")).build());
        HttpResponse<String> response = organisations("Bearer " + admin);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("Đảng bộ Văn phòng UBND tỉnh");
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(JWKS_READS.get()).isPositive();
    }

    @Test
    void noTokenAnswers401WithAChallengeAndAProblem() throws Exception {
        HttpResponse<String> response = organisations(null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"ktgs\"");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401");
    }

    @Test
    void aRefusedTokenAnswers401InvalidToken() throws Exception {
        String expired = Tokens.sign(Tokens.ISSUER_KEY, Tokens.claims("DV01")
                .expirationTime(java.util.Date.from(Tokens.NOW.minusSeconds(3600))).build());
        String stranger = Tokens.sign(Tokens.UNKNOWN_KEY, Tokens.claims("DV01").build());
        for (String token : new String[] {expired, stranger, "garbage"}) {
            HttpResponse<String> response = organisations("Bearer " + token);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .contains("Bearer realm=\"ktgs\", error=\"invalid_token\"");
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
        }
    }
}
