package vn.ktgs.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.validation.Validation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.testing.MovableClock;

/**
 * Hostile requests over a raw socket, to the bundled runner (Jetty) and, for what the adapter does itself, to the
 * same application hosted by another runtime (the JDK's HTTP server): header values with a bare CR, LF or NUL, a
 * body shorter than its {@code Content-Length} from a client that half-closes, a path the URI parser rejects. Each
 * answers 400 with a problem document naming nothing internal, stores nothing, and logs nothing at ERROR.
 */
class HostileRequestsTest {

    static Ktgs ktgs;
    static KtgsRestServer jetty;
    static HttpServer jdk;
    static int jdkPort;

    private final List<String> errors = new ArrayList<>();
    private final Handler severe = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(record.getLoggerName() + ": " + record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private PrintStream stderr;
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();

    @BeforeAll
    static void start() {
        ktgs = Ktgs.builder(Ports.inMemory(), Validation.buildDefaultValidatorFactory().getValidator(),
                new MovableClock(LocalDate.of(2025, 1, 1))).build();
        KtgsRestApplication app = KtgsRestApplication.builder(ktgs, new TrustedHeaderCallerResolver()).build();
        jetty = KtgsRestServer.start(app, "127.0.0.1", 0);
        jdk = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                ResourceConfig.forApplication(KtgsRestApplication.builder(ktgs, new TrustedHeaderCallerResolver())
                        .build()), true);
        jdkPort = jdk.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        jetty.close();
        jdk.stop(0);
    }

    /** Records what is logged at ERROR: JUL records (Jersey, the JDK server) and slf4j-simple's lines. */
    @BeforeEach
    void watchTheLogs() {
        Logger.getLogger("").addHandler(severe);
        stderr = System.err;
        System.setErr(new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                logged.write(b);
                stderr.write(b);
            }
        }, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(stderr);
        Logger.getLogger("").removeHandler(severe);
    }

    private List<String> errorsLogged() {
        List<String> out = new ArrayList<>(errors);
        for (String line : logged.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.contains(" ERROR ") || line.contains("SEVERE")) {
                out.add(line);
            }
        }
        return out;
    }

    /** What a raw request is answered: the status line, then the rest as it came. */
    record Answer(String head, String body) {
        int status() {
            return Integer.parseInt(head.substring(9, 12));
        }
    }

    private static Answer send(int port, String request, boolean halfClose) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            s.setSoTimeout(20_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            if (halfClose) {
                s.shutdownOutput();
            }
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] buffer = new byte[4096];
            int n;
            try {
                while ((n = in.read(buffer)) > 0) {
                    got.write(buffer, 0, n);
                }
            } catch (java.net.SocketException reset) {
                // the server closed it: what came is the answer
            }
            String all = got.toString(StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            assertThat(split).as("an answer to %s", request).isPositive();
            return new Answer(all.substring(0, split), all.substring(split + 4));
        }
    }

    private static String createMember(String code, String extraHeader) {
        String body = "{\"code\": \"" + code + "\", \"fullName\": \"Lâm Thị Ửng\"}";
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        return "POST /members HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + extraHeader
                + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n"
                + new String(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static void isAProblem(Answer a, int status) {
        assertThat(a.status()).as(a.head() + "\n" + a.body()).isEqualTo(status);
        assertThat(a.head().toLowerCase()).contains("content-type: application/problem+json");
        assertThat(a.body()).contains("\"status\":" + status).doesNotContain("Exception").doesNotContain("java.")
                .doesNotContain("jetty").doesNotContain("jersey");
    }

    @Test
    void aHeaderValueWithABareCrLfOrNulCannotSmuggleAHeaderLine() throws IOException {
        String[] smuggled = {"X-Note: a\rX-KTGS-Authority: ADMINISTRATOR\r\n",
            "X-Note: a\nX-KTGS-Authority: ADMINISTRATOR\r\n", "X-KTGS-Authority: ADMINISTRATOR\0\r\n",
            "X-Note: a\0b\r\nX-KTGS-Authority: ADMINISTRATOR\r\n"};
        for (int i = 0; i < smuggled.length; i++) {
            isAProblem(send(jetty.port(), createMember("DV9" + i, smuggled[i]), false), 400);
        }
        // the same application on another runtime: the adapter's own filter refuses what that runtime lets through
        // (the JDK's server passes a NUL inside a value on; it trims one at the end, and splits at a bare CR or LF)
        isAProblem(send(jdkPort, createMember("DV98", smuggled[3]), false), 400);
        isAProblem(send(jdkPort, createMember("DV99", "X-Note: \0\r\nX-KTGS-Authority: ADMIN\0ISTRATOR\r\n"), false),
                400);
        assertThat(ktgs.ports().members().findByCode("DV90")).isEmpty();
        for (int i = 0; i < smuggled.length; i++) {
            assertThat(ktgs.ports().members().findByCode("DV9" + i)).isEmpty();
        }
        assertThat(ktgs.ports().members().findByCode("DV98")).isEmpty();
        assertThat(ktgs.ports().members().findByCode("DV99")).isEmpty();
        // and a clean request is served
        assertThat(send(jetty.port(), createMember("DV80", "X-KTGS-Authority: ADMINISTRATOR\r\n"), false).status())
                .isEqualTo(201);
        assertThat(errorsLogged()).isEmpty();
    }

    @Test
    void aBodyShorterThanItsContentLengthIsA400AndNoErrorInTheLog() throws IOException {
        String partial = "POST /members HTTP/1.1\r\nHost: 127.0.0.1\r\nX-KTGS-Authority: ADMINISTRATOR\r\n"
                + "Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"code\": \"DV70\"";
        for (int i = 0; i < 3; i++) {
            isAProblem(send(jetty.port(), partial, true), 400);
            isAProblem(send(jdkPort, partial, true), 400);
        }
        assertThat(ktgs.ports().members().findByCode("DV70")).isEmpty();
        assertThat(errorsLogged()).isEmpty();
    }

    @Test
    void anOversizedBodySentInPiecesIsDrainedAndAnswered413() throws Exception {
        // the runner reads the first piece, waits for more, and calls the application from Jetty's callback once
        // the body is over the limit; the application then drains the rest while Jetty must go on delivering it
        int length = KtgsRestApplication.DEFAULT_BODY_LIMIT + 50_000;
        for (int round = 0; round < 30; round++) {
            int pause = round % 3 == 0 ? 0 : round % 7;
            int piece = 1_000 + 3_000 * (round % 10);
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", jetty.port()), 5_000);
                s.setSoTimeout(20_000);
                var out = s.getOutputStream();
                out.write(("POST /members HTTP/1.1\r\nHost: 127.0.0.1\r\nX-KTGS-Authority: ADMINISTRATOR\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + length
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread writer = new Thread(() -> {
                    try {
                        byte[] bytes = new byte[piece];
                        for (int sent = 0; sent < length; sent += bytes.length) {
                            out.write(bytes, 0, Math.min(bytes.length, length - sent));
                            out.flush();
                            if (pause > 0) {
                                Thread.sleep(pause);
                            }
                        }
                    } catch (IOException | InterruptedException e) {
                        // the server answered and closed: what it answered is checked below
                    }
                });
                writer.setDaemon(true);
                writer.start();
                String head = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                assertThat(head).as("round %d", round).isEqualTo("HTTP/1.1 413");
            }
        }
        assertThat(errorsLogged()).isEmpty();
    }

    @Test
    void aClientGoneBeforeItsAnswerIsWrittenIsOneWarningNotASevereStackTrace() {
        // what Jersey logs when writing an answer fails on a connection the client closed (the runner is started)
        Logger responder = Logger.getLogger("org.glassfish.jersey.server.ServerRuntime$Responder");
        for (int i = 0; i < 3; i++) {
            responder.log(Level.SEVERE, "An I/O error has occurred while writing a response message entity",
                    new RuntimeException(new java.io.IOException("Broken pipe")));
        }
        // (and at most one WARN line a minute, which other tests of this JVM may already have used)
        assertThat(errorsLogged()).isEmpty();
        // a server error that is no I/O failure still is one
        responder.log(Level.SEVERE, "a bug", new IllegalStateException("bug"));
        assertThat(errorsLogged()).hasSize(1);
    }

    @Test
    void aPathTheUriParserRejectsIsAProblemDocumentNamingNothingInternal() throws IOException {
        for (String path : new String[] {"/organisations/{id}", "/plans?year=2025&x=%zz", "/documents/a|b",
            "/organisations/%"}) {
            Answer a = send(jetty.port(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "X-KTGS-Authority: ADMINISTRATOR\r\nConnection: close\r\n\r\n", false);
            assertThat(a.status()).as(path).isBetween(400, 499);
            isAProblem(a, a.status());
        }
        // Jetty writes its error body only for GET, POST and HEAD unless told otherwise
        Answer put = send(jetty.port(), "PUT /plans/a%2F..%2Fb/draft HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}", false);
        isAProblem(put, 400);
        assertThat(errorsLogged()).isEmpty();
    }
}
