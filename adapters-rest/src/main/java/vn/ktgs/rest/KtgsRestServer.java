package vn.ktgs.rest;

import jakarta.validation.Validation;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glassfish.jersey.jetty.JettyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.rest.internal.jetty.BufferedBodyHandler;
import vn.ktgs.rest.internal.jetty.ClientGoneLog;
import vn.ktgs.rest.internal.jetty.HeaderDeadline;
import vn.ktgs.rest.internal.jetty.ProblemErrorHandler;

/**
 * Runs a {@link KtgsRestApplication} on Jetty 12 with Jersey, on a host and port (0 for any free port), hardened
 * against slow and hostile clients: a connection that sends nothing for the idle timeout is closed, whether it
 * stalls in its headers or in its body; a new connection that has not sent its request's headers within the header
 * timeout is closed even if it sends a byte now and then; a request body is read without a worker thread (a client slow to send it
 * holds none) and one not all sent within the body timeout answers 408; at most {@code maxConnections} connections
 * are open at once (more wait to be accepted); headers are limited to 16 KiB and parsed to RFC 9110 (a header value
 * with a bare CR, LF or NUL is refused); Jetty's own error answers are problem documents. Needs
 * {@code jersey-container-jetty-http} and {@code jersey-hk2} on the class path (optional dependencies of this
 * module).
 *
 * <pre>{@code
 * try (KtgsRestServer server = KtgsRestServer.start(app, "127.0.0.1", 8080)) { ... }
 * try (KtgsRestServer server = KtgsRestServer.builder(app).port(8080).idleTimeout(Duration.ofSeconds(10)).start()) { ... }
 * }</pre>
 */
public final class KtgsRestServer implements AutoCloseable {

    /** Worker threads by default. */
    public static final int DEFAULT_THREADS = 16;
    /** How long a connection may send nothing before it is closed, by default. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** How long a new connection may take to send the head (request line and headers) of its request, by default. */
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
    /** How long a request body may take to arrive in full, by default. */
    public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(60);
    /** The most connections open at once, by default. */
    public static final int DEFAULT_MAX_CONNECTIONS = 1_000;

    private final Server server;
    private final URI baseUri;

    private KtgsRestServer(Server server, URI baseUri) {
        this.server = server;
        this.baseUri = baseUri;
    }

    /** Starts serving {@code app} on {@code host:port} with {@code threads} worker threads. */
    public static KtgsRestServer start(KtgsRestApplication app, String host, int port, int threads) {
        return builder(app).host(host).port(port).threads(threads).start();
    }

    /** Starts serving {@code app} on {@code host:port} with 16 worker threads. */
    public static KtgsRestServer start(KtgsRestApplication app, String host, int port) {
        return start(app, host, port, DEFAULT_THREADS);
    }

    /** A server for {@code app} to configure, on 127.0.0.1, any free port, with the defaults above. */
    public static Builder builder(KtgsRestApplication app) {
        return new Builder(app);
    }

    /** Where the API is served, ending in {@code /}. */
    public URI baseUri() {
        return baseUri;
    }

    public int port() {
        return baseUri.getPort();
    }

    /** Stops accepting requests, closes the connections and ends the worker threads. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the server", e);
        }
    }

    /** Configures and starts a {@link KtgsRestServer}. */
    public static final class Builder {
        private final KtgsRestApplication app;
        private String host = "127.0.0.1";
        private int port;
        private int threads = DEFAULT_THREADS;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private Duration headerTimeout = DEFAULT_HEADER_TIMEOUT;
        private Duration bodyTimeout = DEFAULT_BODY_TIMEOUT;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;

        private Builder(KtgsRestApplication app) {
            this.app = Objects.requireNonNull(app, "app");
        }

        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port; 0 (the default) for any free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("a port is 0 to 65535: " + port);
            }
            this.port = port;
            return this;
        }

        /** Worker threads that run the application (besides Jetty's acceptor and selector). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads is positive");
            }
            this.threads = threads;
            return this;
        }

        /** How long a connection may send nothing (in its headers, its body or between requests). */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = positive(timeout);
            return this;
        }

        /**
         * How long a new connection may take to send its request's line and headers, even sending a byte now and
         * then; longer and it is closed.
         */
        public Builder headerTimeout(Duration timeout) {
            this.headerTimeout = positive(timeout);
            return this;
        }

        /** How long a request body may take to arrive in full; longer answers 408. */
        public Builder bodyTimeout(Duration timeout) {
            this.bodyTimeout = positive(timeout);
            return this;
        }

        /** The most connections open at once; more wait to be accepted. */
        public Builder maxConnections(int connections) {
            if (connections < 1) {
                throw new IllegalArgumentException("maxConnections is positive");
            }
            this.maxConnections = connections;
            return this;
        }

        private static Duration positive(Duration d) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("a timeout is positive: " + d);
            }
            return d;
        }

        /** Starts the server; a port already taken fails with an {@link IllegalStateException}. */
        public KtgsRestServer start() {
            QueuedThreadPool pool = new QueuedThreadPool(threads + 2, Math.min(threads + 2, 4));
            pool.setName("ktgs-rest");
            pool.setReservedThreads(0);
            Server server = new Server(pool);

            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            http.setRequestHeaderSize(16 * 1024);
            // a bare LF does not end a header line (RFC 9112 allows a recipient to take it as one; a gateway that
            // forwards such a value would then let a client add a header line of its own)
            http.setHttpCompliance(HttpCompliance.RFC9110.without("RFC9110_NO_BARE_LF",
                    HttpCompliance.Violation.LF_HEADER_TERMINATION, HttpCompliance.Violation.LF_CHUNK_TERMINATION));
            http.setUriCompliance(UriCompliance.DEFAULT);
            http.setIdleTimeout(idleTimeout.toMillis());
            ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
            connector.setHost(host);
            connector.setPort(port);
            connector.setIdleTimeout(idleTimeout.toMillis());
            server.addConnector(connector);
            server.addBean(new NetworkConnectionLimit(maxConnections, connector));
            server.setErrorHandler(new ProblemErrorHandler());

            ResourceConfig config = ResourceConfig.forApplication(app)
                    .property(ServerProperties.WADL_FEATURE_DISABLE, true);
            JettyHttpContainer jersey = ContainerFactory.createContainer(JettyHttpContainer.class, config);
            HeaderDeadline deadline = new HeaderDeadline(server.getScheduler(), headerTimeout);
            connector.addEventListener(deadline);
            server.setHandler(new BufferedBodyHandler(app.bodyLimit(), bodyTimeout, deadline, jersey));
            ClientGoneLog.install();
            try {
                server.start();
            } catch (Exception e) {
                try {
                    server.stop();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw new IllegalStateException("could not start the server on " + host + ":" + port + ": "
                        + e.getMessage(), e);
            }
            return new KtgsRestServer(server, URI.create("http://" + host + ":" + connector.getLocalPort() + "/"));
        }
    }

    /**
     * A demo: empty in-memory stores, the system clock in Asia/Ho_Chi_Minh and callers named by the
     * {@link TrustedHeaderCallerResolver} headers (so: loopback only). Arguments: host (default 127.0.0.1), port
     * (default 8080). Needs a Bean Validation provider on the class path.
     */
    public static void main(String[] args) throws InterruptedException {
        String host = args.length > 0 ? args[0] : "127.0.0.1";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8080;
        Ktgs ktgs = Ktgs.builder(Ports.inMemory(), Validation.buildDefaultValidatorFactory().getValidator(),
                Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"))).build();
        KtgsRestServer server = start(KtgsRestApplication.builder(ktgs, new TrustedHeaderCallerResolver()).build(),
                host, port);
        System.out.println("KTGS REST API on " + server.baseUri() + " (OpenAPI: " + server.baseUri()
                + "openapi.json)");
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        Thread.currentThread().join();
    }
}
