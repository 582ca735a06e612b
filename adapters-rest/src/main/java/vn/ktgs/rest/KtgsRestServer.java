package vn.ktgs.rest;

import com.sun.net.httpserver.HttpServer;
import jakarta.validation.Validation;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;

/**
 * Runs a {@link KtgsRestApplication} on the JDK's HTTP server with Jersey, on a host and port (0 for any free
 * port). Needs {@code jersey-container-jdk-http} and {@code jersey-hk2} on the class path (optional dependencies
 * of this module).
 *
 * <pre>{@code
 * try (KtgsRestServer server = KtgsRestServer.start(app, "127.0.0.1", 8080)) { ... }
 * }</pre>
 */
public final class KtgsRestServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUri;

    private KtgsRestServer(HttpServer server, ExecutorService executor, URI baseUri) {
        this.server = server;
        this.executor = executor;
        this.baseUri = baseUri;
    }

    /** Starts serving {@code app} on {@code host:port} with {@code threads} worker threads. */
    public static KtgsRestServer start(KtgsRestApplication app, String host, int port, int threads) {
        Objects.requireNonNull(app, "app");
        URI requested = URI.create("http://" + host + ":" + port + "/");
        HttpServer server = JdkHttpServerFactory.createHttpServer(requested,
                ResourceConfig.forApplication(app).property(ServerProperties.WADL_FEATURE_DISABLE, true), false);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        server.start();
        URI actual = URI.create("http://" + host + ":" + server.getAddress().getPort() + "/");
        return new KtgsRestServer(server, executor, actual);
    }

    /** Starts serving {@code app} on {@code host:port} with 16 worker threads. */
    public static KtgsRestServer start(KtgsRestApplication app, String host, int port) {
        return start(app, host, port, 16);
    }

    /** Where the API is served, ending in {@code /}. */
    public URI baseUri() {
        return baseUri;
    }

    public int port() {
        return baseUri.getPort();
    }

    /** Stops accepting requests and ends the worker threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
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
