package vn.ktgs.rest.internal;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;

/**
 * Every exception becomes {@code application/problem+json}: rejections with every violation, a missing entity as
 * 404, a lost optimistic race as 412, the runtime's own errors (no route, wrong method, unsupported media type)
 * with their kind, and anything unexpected as 500 without details.
 */
public final class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Context
    private @Nullable HttpHeaders headers;
    @Context
    private @Nullable UriInfo uri;
    @Context
    private @Nullable Request request;

    @Override
    public Response toResponse(Throwable e) {
        Locale locale = headers == null ? vn.ktgs.common.Messages.VIETNAMESE : Languages.of(headers);
        String instance = instance();
        if (e instanceof ProblemException p) {
            return Problems.response(p.type(), p.violations(), locale, instance);
        }
        if (e instanceof vn.ktgs.access.AccessDeniedException d) {
            ProblemException p = Guard.forbidden(d);
            return Problems.response(p.type(), p.violations(), locale, instance);
        }
        if (e instanceof RejectedException r) {
            return Problems.response(Problems.kindOf(r.violations()), r.violations(), locale, instance);
        }
        if (e instanceof vn.ktgs.common.NotFoundException n) {
            return Problems.response(ProblemType.NOT_FOUND, List.of(Violation.of("", "ktgs.rest.notFound",
                    "entity", n.entity(), "id", n.id())), locale, instance);
        }
        if (e instanceof ConflictException c) {
            return Problems.response(ProblemType.PRECONDITION_FAILED, List.of(Violation.of("",
                    "ktgs.rest.ifMatch.stale", "expected", c.expectedVersion(), "actual", c.actualVersion())),
                    locale, instance);
        }
        if (e instanceof NotFoundException) {
            return Problems.response(ProblemType.NO_SUCH_RESOURCE,
                    List.of(Violation.of("", "ktgs.rest.noRoute")), locale, instance);
        }
        if (e instanceof NotAllowedException) {
            Response r = Problems.response(ProblemType.METHOD_NOT_ALLOWED, List.of(Violation.of("",
                    "ktgs.rest.methodNotAllowed", "method", request == null ? "?" : request.getMethod())),
                    locale, instance);
            Object allow = ((NotAllowedException) e).getResponse().getHeaderString("Allow");
            return allow == null ? r : Response.fromResponse(r).header("Allow", allow).build();
        }
        if (e instanceof NotSupportedException) {
            String type = headers == null || headers.getMediaType() == null ? "" : headers.getMediaType().toString();
            return Problems.response(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    List.of(Violation.of("", "ktgs.rest.body.mediaType", "mediaType", type)), locale, instance);
        }
        if (e instanceof NotAcceptableException) {
            return Problems.response(ProblemType.NOT_ACCEPTABLE,
                    List.of(Violation.of("", "ktgs.rest.notAcceptable")), locale, instance);
        }
        if (e instanceof ClientErrorException c && c.getResponse().getStatus() == 413) {
            return Problems.response(ProblemType.PAYLOAD_TOO_LARGE,
                    List.of(Violation.of("", "ktgs.rest.body.tooLarge", "limit", "?")), locale, instance);
        }
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            return Problems.response(ProblemType.INVALID_PARAMETER,
                    List.of(Violation.of("", "ktgs.rest.param.invalid", "name", "", "value",
                            String.valueOf(w.getMessage()))), locale, instance);
        }
        if (clientGone(e)) {
            // reading the request or writing the answer failed on the connection: the client's doing, not a bug
            LOG.debug("connection failed on {}: {}", instance, e.toString());
            return Problems.response(ProblemType.MALFORMED_REQUEST,
                    List.of(Violation.of("", "ktgs.rest.http.malformed-request")), locale, instance);
        }
        LOG.error("unexpected error on {}", instance, e);
        return Problems.response(ProblemType.INTERNAL, List.of(Violation.of("", "ktgs.rest.internal")), locale,
                instance);
    }

    /** Whether an I/O failure of the connection is (among) the causes. */
    private static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    private @Nullable String instance() {
        try {
            return uri == null ? null : uri.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
