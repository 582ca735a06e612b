package vn.ktgs.rest.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;
import vn.ktgs.rest.api.Versioned;

/**
 * Adds what the resources' return values imply: the {@code ETag} of a versioned view, and for a {@link Creates}
 * method 201 with the {@code Location} of the new resource. Runs before the idempotency filter keeps a response.
 */
@Priority(4000)
public final class ResponseHeadersFilter implements ContainerResponseFilter {

    @Context
    private @Nullable ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Versioned v) || response.getStatus() / 100 != 2) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, Preconditions.etag(v.version()));
        Method m = resource == null ? null : resource.getResourceMethod();
        if (m != null && m.isAnnotationPresent(Creates.class) && response.getStatus() == 200) {
            response.setStatus(201);
            response.getHeaders().putSingle(HttpHeaders.LOCATION,
                    request.getUriInfo().getBaseUriBuilder().path(v.self()).build());
        }
    }
}
