package vn.ktgs.rest.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.ktgs.access.Caller;
import vn.ktgs.common.Violation;
import vn.ktgs.rest.CallerResolver;

/**
 * {@code Idempotency-Key} on the POSTs that create ({@link Creates}): the first successful (2xx) response is kept
 * per caller, path and key; a replay with the same body answers it again (with {@code Idempotency-Replayed:
 * true}) and stores nothing; the same key with another body answers 422; a replay while the first is still
 * running answers 409. Responses that are not 2xx are not kept, so a corrected request may reuse its key. Keys
 * are kept in memory, the most recent {@code capacity} of them.
 */
@Creates
@Priority(3000)
public final class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String SLOT = "vn.ktgs.rest.idempotency";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,100}");

    private final CallerResolver resolver;
    private final Map<String, Entry> entries;

    public IdempotencyFilter(CallerResolver resolver, int capacity) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.entries = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    private sealed interface Entry permits InFlight, Done {
        byte[] hash();
    }

    private record InFlight(byte[] hash) implements Entry {
    }

    private record Done(byte[] hash, int status, @Nullable String contentType, byte[] body,
                        @Nullable String location, @Nullable String etag) implements Entry {
    }

    private record Slot(String key, byte[] hash) {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key == null) {
            return;
        }
        if (!KEY.matcher(key).matches()) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER,
                    Violation.of("", "ktgs.rest.idempotency.invalidKey"));
        }
        String who = resolver.resolve(Guard.request(request::getHeaderString, request.getSecurityContext()))
                .map(Caller::toString).orElse("anonymous");
        String scoped = who + " " + request.getMethod() + " " + request.getUriInfo().getPath() + " " + key;
        byte[] body = (byte[]) request.getProperty(RequestBodyFilter.BODY);
        byte[] hash = sha256(body == null ? new byte[0] : body);
        Entry found;
        synchronized (entries) {
            found = entries.get(scoped);
            if (found == null) {
                entries.put(scoped, new InFlight(hash));
            }
        }
        if (found == null) {
            request.setProperty(SLOT, new Slot(scoped, hash));
            return;
        }
        if (!Arrays.equals(found.hash(), hash)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    Violation.of("", "ktgs.rest.idempotency.reused"));
        }
        if (found instanceof Done d) {
            Response.ResponseBuilder r = Response.status(d.status()).entity(d.body())
                    .header("Idempotency-Replayed", "true");
            if (d.contentType() != null) {
                r.header(HttpHeaders.CONTENT_TYPE, d.contentType());
            }
            if (d.location() != null) {
                r.header(HttpHeaders.LOCATION, d.location());
            }
            if (d.etag() != null) {
                r.header(HttpHeaders.ETAG, d.etag());
            }
            request.abortWith(r.build());
            return;
        }
        throw new ProblemException(ProblemType.IDEMPOTENCY_IN_FLIGHT,
                Violation.of("", "ktgs.rest.idempotency.inFlight"));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!(request.getProperty(SLOT) instanceof Slot slot)) {
            return;
        }
        request.removeProperty(SLOT);
        if (response.getStatus() / 100 != 2) {
            synchronized (entries) {
                entries.remove(slot.key());
            }
            return;
        }
        byte[] body = response.hasEntity() ? Json.mapper().writeValueAsBytes(response.getEntity()) : new byte[0];
        Object type = response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        Done done = new Done(slot.hash(), response.getStatus(), type == null ? "application/json" : type.toString(),
                body, response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG));
        synchronized (entries) {
            entries.put(slot.key(), done);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
