package vn.ktgs.rest.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.ktgs.rest.CallerResolver;

/**
 * Headers every answer carries, whatever produced it (a resource, an exception mapper, a replayed idempotent
 * answer): {@code X-Content-Type-Options: nosniff}; {@code Vary} on the headers that identify the caller (the
 * {@link CallerResolver#headers()}) and on {@code Accept-Language}; {@code Cache-Control: no-store} on every answer
 * but a 2xx of a {@link Cacheable} read, which is {@code private} when the request named a caller; and on a 401
 * the resolver's {@code WWW-Authenticate} challenge.
 */
@Priority(3000)
public final class SecurityHeadersFilter implements ContainerResponseFilter {

    private final CallerResolver resolver;
    private final String vary;

    @Context
    private @Nullable ResourceInfo resource;

    public SecurityHeadersFilter(CallerResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        Set<String> names = new LinkedHashSet<>(resolver.headers());
        names.add(HttpHeaders.ACCEPT_LANGUAGE);
        this.vary = String.join(", ", names);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> h = response.getHeaders();
        h.putSingle("X-Content-Type-Options", "nosniff");
        h.putSingle(HttpHeaders.VARY, vary);
        Method m = resource == null ? null : resource.getResourceMethod();
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        boolean cacheable = read && response.getStatus() / 100 == 2 && m != null
                && m.isAnnotationPresent(Cacheable.class);
        boolean ownPolicy = read && response.getStatus() / 100 == 2 && m != null
                && m.getDeclaringClass().isAnnotationPresent(Cacheable.class) && h.containsKey(HttpHeaders.CACHE_CONTROL);
        if (ownPolicy) {
            // the web page's files (the same for every caller, no data in them) keep the policy they were served with
            challenge(response, h);
            return;
        }
        if (!cacheable) {
            h.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        } else if (namesCaller(request)) {
            h.putSingle(HttpHeaders.CACHE_CONTROL, "private");
        }
        challenge(response, h);
    }

    private void challenge(ContainerResponseContext response, MultivaluedMap<String, Object> h) {
        // a challenge a host's own filter gave (the JWT adapter's, with its error code) is kept
        if (response.getStatus() == 401 && !h.containsKey(HttpHeaders.WWW_AUTHENTICATE)) {
            h.putSingle(HttpHeaders.WWW_AUTHENTICATE, resolver.challenge());
        }
    }

    private boolean namesCaller(ContainerRequestContext request) {
        for (String name : resolver.headers()) {
            if (request.getHeaderString(name) != null) {
                return true;
            }
        }
        return request.getSecurityContext() != null && request.getSecurityContext().getUserPrincipal() != null;
    }
}
