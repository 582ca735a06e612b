package vn.ktgs.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.testing.MovableClock;

/**
 * The standalone runner survives slow clients: connections that send part of a request and stall (in their
 * headers, or in their body) hold no worker thread, so a normal client is still answered while 200 of them are
 * open, and they are closed after the timeout; a client that drips its headers is closed at the header timeout;
 * the number of connections open at once is bounded. No duration is
 * asserted: a client's timeout is the failure condition.
 */
class SlowClientsTest {

    /** The normal client's timeout while stalled clients are open: the failure condition. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(1);
    /** For the first requests to a new server (Jersey's first request, a machine shared with other builds). */
    private static final Duration WARM_UP_TIMEOUT = Duration.ofSeconds(30);
    private static final int STALLED_READ_LIMIT_MS = 20_000;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CLIENT_TIMEOUT).build();

    private static KtgsRestApplication app() {
        Ktgs ktgs = Ktgs.builder(Ports.inMemory(), Validation.buildDefaultValidatorFactory().getValidator(),
                new MovableClock(java.time.LocalDate.of(2025, 1, 1))).build();
        return KtgsRestApplication.builder(ktgs, new TrustedHeaderCallerResolver()).build();
    }

    private int get(KtgsRestServer server, String path) throws IOException, InterruptedException {
        return get(http, server, path, CLIENT_TIMEOUT);
    }

    private static int get(HttpClient http, KtgsRestServer server, String path)
            throws IOException, InterruptedException {
        return get(http, server, path, CLIENT_TIMEOUT);
    }

    /** Warms the server up: its first answers, to both paths the checks use. */
    private void warmUp(KtgsRestServer server) throws IOException, InterruptedException {
        for (String path : List.of("openapi.json", "organisations", "openapi.json", "organisations")) {
            assertThat(get(http, server, path, WARM_UP_TIMEOUT)).isEqualTo(200);
        }
    }

    private static int get(HttpClient http, KtgsRestServer server, String path, Duration timeout)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUri() + path)).timeout(timeout)
                .header(TrustedHeaderCallerResolver.AUTHORITY, "ADMINISTRATOR").GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static Socket stall(KtgsRestServer server, String partial) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
        s.getOutputStream().write(partial.getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return s;
    }

    /** Reads until the server closes the connection; fails if it stays open past the read limit. */
    private static String untilClosed(Socket s) throws IOException {
        s.setSoTimeout(STALLED_READ_LIMIT_MS);
        StringBuilder got = new StringBuilder();
        try (InputStream in = s.getInputStream()) {
            byte[] buffer = new byte[4096];
            int n;
            while ((n = in.read(buffer)) > 0) {
                got.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
        } catch (java.net.SocketException reset) {
            // closed by the server with a reset: closed all the same
        }
        return got.toString();
    }

    @Test
    void twoHundredStalledConnectionsLeaveANormalClientAnsweredAndAreClosedAfterTheTimeout() throws Exception {
        try (KtgsRestServer server = KtgsRestServer.builder(app()).threads(4).idleTimeout(Duration.ofSeconds(2))
                .bodyTimeout(Duration.ofSeconds(3)).start()) {
            warmUp(server);
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 100; i++) {
                    // in the headers
                    stalled.add(stall(server, "GET /organisations HTTP/1.1\r\nHost: 127.0.0.1\r\nX-KTGS-Auth"));
                    // in the body: 10 bytes of the 200 announced
                    stalled.add(stall(server, "POST /members HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "X-KTGS-Authority: ADMINISTRATOR\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 200\r\n\r\n{\"code\": \""));
                }
                for (int i = 0; i < 5; i++) {
                    assertThat(get(server, "openapi.json")).isEqualTo(200);
                    assertThat(get(server, "organisations")).isEqualTo(200);
                }
                for (int i = 0; i < stalled.size(); i++) {
                    String answer = untilClosed(stalled.get(i));
                    if (i % 2 == 1) {
                        // a body that did not come in time: 408 as a problem document, then closed
                        assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json");
                    }
                }
            } finally {
                for (Socket s : stalled) {
                    s.close();
                }
            }
            assertThat(get(server, "organisations")).isEqualTo(200);
        }
    }

    @Test
    void theRunnerAsTheDemoStartsItAnswersWhileMoreStalledClientsThanWorkersAreOpen() throws Exception {
        // the public start(app, host, port, threads) with its default timeouts, as examples/ and hosts call it
        try (KtgsRestServer server = KtgsRestServer.start(app(), "127.0.0.1", 0, 4)) {
            warmUp(server);
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 25; i++) {
                    stalled.add(stall(server, "GET /organisations HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
                    stalled.add(stall(server, "POST /members HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 50\r\n\r\n{"));
                }
                HttpClient another = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                assertThat(get(another, server, "organisations")).isEqualTo(200);
            } finally {
                for (Socket s : stalled) {
                    s.close();
                }
            }
        }
    }

    @Test
    void aClientThatDripsItsHeadersIsClosedAtTheHeaderTimeoutThoughNeverIdle() throws Exception {
        try (KtgsRestServer server = KtgsRestServer.builder(app()).threads(4).idleTimeout(Duration.ofSeconds(2))
                .headerTimeout(Duration.ofSeconds(3)).start()) {
            warmUp(server);
            try (Socket drip = stall(server, "GET /organisations HTTP/1.1\r\nHost: 127.0.0.1\r\n")) {
                drip.setSoTimeout(300);
                // one header byte every 300 ms: never idle for the 2 s idle timeout; the loop's bound is the failure
                boolean closed = false;
                for (int i = 0; i < 100 && !closed; i++) {
                    try {
                        drip.getOutputStream().write('X');
                        drip.getOutputStream().flush();
                        closed = drip.getInputStream().read() == -1;
                    } catch (java.net.SocketTimeoutException stillOpen) {
                        // nothing to read yet: the server still waits for the headers
                    } catch (IOException reset) {
                        closed = true;
                    }
                }
                assertThat(closed).as("closed at the header timeout").isTrue();
            }
            assertThat(get(server, "organisations")).isEqualTo(200);
        }
    }

    @Test
    void noMoreConnectionsThanTheBoundAreAcceptedAtOnce() throws Exception {
        try (KtgsRestServer server = KtgsRestServer.builder(app()).threads(4).idleTimeout(Duration.ofSeconds(2))
                .maxConnections(5).start()) {
            warmUp(server);
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 5; i++) {
                    stalled.add(stall(server, "GET /organisations HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
                }
                // a new connection waits to be accepted while five are open
                HttpClient another = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                assertThatThrownBy(() -> get(another, server, "openapi.json"))
                        .isInstanceOf(HttpTimeoutException.class);
                for (Socket s : stalled) {
                    untilClosed(s);
                }
            } finally {
                for (Socket s : stalled) {
                    s.close();
                }
            }
            assertThat(get(server, "openapi.json")).isEqualTo(200);
        }
    }
}
