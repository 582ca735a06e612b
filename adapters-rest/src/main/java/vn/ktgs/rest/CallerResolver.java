package vn.ktgs.rest;

import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ktgs.access.Caller;

/**
 * SPI: who is calling. The host implements it from whatever authenticated the request (its security context, a
 * verified token, a client certificate); the adapter never authenticates by itself. An empty answer means the
 * caller is unknown: every operation but {@code GET /openapi.json} then answers 401.
 */
@FunctionalInterface
public interface CallerResolver {

    /** The caller of one request, or empty when it cannot be established. */
    Optional<Caller> resolve(CallerRequest request);

    /**
     * The request headers that identify the caller: answers name them in {@code Vary}, so that no shared cache
     * hands one caller's answer to another. By default {@code Authorization} and {@code Cookie}.
     */
    default List<String> headers() {
        return List.of("Authorization", "Cookie");
    }

    /**
     * The challenge a 401 answers in {@code WWW-Authenticate} (RFC 9110 §11.6.1): how a caller may authenticate.
     * By default {@code Bearer realm="KTGS"}.
     */
    default String challenge() {
        return "Bearer realm=\"KTGS\"";
    }

    /** What the resolver may look at: the request's headers and the runtime's security context. */
    interface CallerRequest {
        /** The first value of a request header, or {@code null}. */
        @Nullable String header(String name);

        /** The runtime's security context (its principal is the host's authenticated user, if any). */
        SecurityContext securityContext();
    }
}
