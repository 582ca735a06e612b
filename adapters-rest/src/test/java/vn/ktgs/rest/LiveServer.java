package vn.ktgs.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.testing.MovableClock;

/**
 * A real server for a test: the bundled runner (Jersey on Jetty) on an ephemeral loopback port, over fresh in-memory
 * ports and a movable clock, with callers named by the trusted headers; and a small HTTP client over it.
 */
final class LiveServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final MovableClock clock = new MovableClock(LocalDate.of(2024, 6, 1));
    final Ktgs ktgs = Ktgs.builder(Ports.inMemory(), Validation.buildDefaultValidatorFactory().getValidator(), clock)
            .build();
    final KtgsRestServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    LiveServer() {
        this(KtgsRestApplication.DEFAULT_BODY_LIMIT);
    }

    LiveServer(int bodyLimit) {
        this(bodyLimit, 4);
    }

    LiveServer(int bodyLimit, int threads) {
        server = KtgsRestServer.start(KtgsRestApplication.builder(ktgs, new TrustedHeaderCallerResolver())
                .bodyLimit(bodyLimit).build(), "127.0.0.1", 0, threads);
    }

    @Override
    public void close() {
        server.close();
    }

    /** A caller: a member (by id) or the administrator ({@code null}). */
    Call as(UUID member) {
        return new Call(member, false);
    }

    Call admin() {
        return new Call(null, true);
    }

    Call anonymous() {
        return new Call(null, false);
    }

    /** An answer. */
    record Reply(int status, HttpResponse<byte[]> raw, JsonNode json) {
        String text() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        String etag() {
            return header("ETag").orElseThrow();
        }

        UUID id() {
            return UUID.fromString(json.get("id").asText());
        }

        String problemType() {
            return json.path("type").asText();
        }

        Reply ok(int expected) {
            assertThat(status).as(text()).isEqualTo(expected);
            return this;
        }
    }

    /** Requests made as one caller. */
    final class Call {
        private final UUID member;
        private final boolean admin;
        private String language;

        Call(UUID member, boolean admin) {
            this.member = member;
            this.admin = admin;
        }

        Call inEnglish() {
            language = "en";
            return this;
        }

        Reply get(String path) {
            return send(builder(path).GET());
        }

        Reply get(String path, String... headers) {
            return send(builder(path, headers).GET());
        }

        Reply post(String path, Object body) {
            return send(builder(path).header("Content-Type", "application/json").POST(publisher(body)));
        }

        Reply post(String path, Object body, String... headers) {
            return send(builder(path, headers).header("Content-Type", "application/json").POST(publisher(body)));
        }

        Reply put(String path, Object body, String... headers) {
            return send(builder(path, headers).header("Content-Type", "application/json").PUT(publisher(body)));
        }

        Reply raw(String method, String path, String contentType, byte[] body, String... headers) {
            HttpRequest.Builder b = builder(path, headers);
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            return send(b.method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
        }

        private HttpRequest.BodyPublisher publisher(Object body) {
            try {
                byte[] bytes = body instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                        : JSON.writeValueAsBytes(body);
                return HttpRequest.BodyPublishers.ofByteArray(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private HttpRequest.Builder builder(String path, String... headers) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUri() + path.substring(1)));
            if (member != null) {
                b.header(TrustedHeaderCallerResolver.MEMBER, member.toString());
            }
            if (admin) {
                b.header(TrustedHeaderCallerResolver.AUTHORITY, "ADMINISTRATOR");
            }
            if (language != null) {
                b.header("Accept-Language", language);
            }
            for (int i = 0; i < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return b;
        }

        private Reply send(HttpRequest.Builder b) {
            try {
                HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                boolean isJson = r.headers().firstValue("Content-Type").map(t -> t.contains("json")).orElse(true);
                JsonNode json = r.body().length == 0 || !isJson ? JSON.createObjectNode() : JSON.readTree(r.body());
                return new Reply(r.statusCode(), r, json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static ObjectNode obj(Object... namesAndValues) {
        ObjectNode o = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            o.set((String) namesAndValues[i], JSON.valueToTree(namesAndValues[i + 1]));
        }
        return o;
    }
}
