package vn.ktgs.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.rest.resources.DashboardPage;

/**
 * The dashboard's files as HTTP serves them: the page and its assets with their content types, caching and a
 * Content-Security-Policy that allows nothing outside the page's origin; and a host that switches it off.
 */
class DashboardPageTest {

    static LiveServer s;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        s = new LiveServer();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static HttpResponse<byte[]> get(URI uri, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri);
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("(none)");
    }

    @Test
    void thePageIsHtmlAlwaysRevalidatedAndAllowsNothingOutsideItsOrigin() throws Exception {
        HttpResponse<byte[]> page = get(s.server.baseUri().resolve("ui/"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Type")).isEqualToIgnoringCase("text/html;charset=UTF-8");
        assertThat(header(page, "Cache-Control")).isEqualTo("no-cache");
        assertThat(header(page, "Content-Security-Policy")).isEqualTo(DashboardPage.CONTENT_SECURITY_POLICY)
                .startsWith("default-src 'none'; script-src 'self'; style-src 'self';")
                .doesNotContain("unsafe").doesNotContain("http").doesNotContain("*");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!doctype html>").contains("<html lang=\"vi\">").doesNotContain("{{")
                .doesNotContain("http:").doesNotContain("https:").doesNotContain("style=");

        HttpResponse<byte[]> again = get(s.server.baseUri().resolve("ui/"), "If-None-Match", header(page, "ETag"));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void everyAssetHasItsContentTypeAndIsCachedAsImmutableUnderTheHashOfTheAssets() throws Exception {
        String html = new String(get(s.server.baseUri().resolve("ui/")).body(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?:src|href)=\"(assets/[0-9a-f]{16}/[a-z0-9.]+)\"").matcher(html);
        List<String> assets = new ArrayList<>();
        while (m.find()) {
            assets.add(m.group(1));
        }
        assertThat(assets).hasSize(6).anyMatch(a -> a.endsWith("/d3.min.js")).anyMatch(a -> a.endsWith("/app.css"));
        for (String a : assets) {
            HttpResponse<byte[]> r = get(s.server.baseUri().resolve("ui/" + a));
            assertThat(r.statusCode()).as(a).isEqualTo(200);
            String expected = a.endsWith(".js") ? "text/javascript;charset=UTF-8" : a.endsWith(".css")
                    ? "text/css;charset=UTF-8" : "image/svg+xml";
            assertThat(header(r, "Content-Type")).as(a).isEqualToIgnoringCase(expected);
            assertThat(header(r, "Cache-Control")).as(a).isEqualTo("public, max-age=31536000, immutable");
            assertThat(header(r, "Content-Security-Policy")).as(a).isEqualTo(DashboardPage.CONTENT_SECURITY_POLICY);
            assertThat(r.body()).as(a).isNotEmpty();
        }
        String enums = new String(get(s.server.baseUri().resolve("ui/" + assets.stream()
                .filter(a -> a.endsWith("enums.js")).findFirst().orElseThrow())).body(), StandardCharsets.UTF_8);
        assertThat(enums).contains("\"Level.GOOD\":\"Hoàn thành tốt nhiệm vụ\"")
                .contains("\"Level.GOOD\":\"Well completed tasks\"");
        String stale = assets.get(0).replaceFirst("assets/[0-9a-f]{16}/", "assets/0000000000000000/");
        assertThat(get(s.server.baseUri().resolve("ui/" + stale)).statusCode()).isEqualTo(404);
        assertThat(get(s.server.baseUri().resolve("ui/" + assets.get(0).replaceFirst("[a-z0-9.]+$", "secret.txt")))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void uiWithoutTheSlashRedirectsToThePage() throws Exception {
        HttpResponse<byte[]> r = get(s.server.baseUri().resolve("ui"));
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(header(r, "Location")).isEqualTo(s.server.baseUri() + "ui/");
    }

    @Test
    void aHostCanSwitchTheDashboardOffAndKeepTheApi() throws Exception {
        Ktgs ktgs = Ktgs.builder(Ports.inMemory(), Validation.buildDefaultValidatorFactory().getValidator(),
                s.clock).build();
        try (KtgsRestServer off = KtgsRestServer.start(KtgsRestApplication.builder(ktgs,
                new TrustedHeaderCallerResolver()).dashboard(false).build(), "127.0.0.1", 0, 2)) {
            assertThat(get(off.baseUri().resolve("ui/")).statusCode()).isEqualTo(404);
            assertThat(get(off.baseUri().resolve("openapi.json")).statusCode()).isEqualTo(200);
        }
    }
}
