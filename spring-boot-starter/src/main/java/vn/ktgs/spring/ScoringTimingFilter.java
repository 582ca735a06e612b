package vn.ktgs.spring;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ktgs.rest.resources.ScoringResource;

/**
 * Times every request served by the library's scoring resource ({@link KtgsMetrics#scored}): from after matching to
 * the response, which covers loading the committee's year and scoring it.
 */
final class ScoringTimingFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String START = "vn.ktgs.spring.scoring.start";

    private final KtgsMetrics metrics;

    @Context
    private @Nullable ResourceInfo resource;

    ScoringTimingFilter(KtgsMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (scoring()) {
            request.setProperty(START, System.nanoTime());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(START) instanceof Long start && resource != null
                && resource.getResourceMethod() != null) {
            metrics.scored(resource.getResourceMethod().getName(), response.getStatus(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private boolean scoring() {
        return resource != null && resource.getResourceClass() != null
                && ScoringResource.class.isAssignableFrom(resource.getResourceClass());
    }
}
