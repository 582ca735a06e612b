package vn.ktgs.rest.internal.jetty;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.Violation;
import vn.ktgs.rest.api.Problem;
import vn.ktgs.rest.internal.Json;
import vn.ktgs.rest.internal.Languages;
import vn.ktgs.rest.internal.ProblemType;
import vn.ktgs.rest.internal.Problems;

/**
 * Jetty's own error answers (a request it could not parse, a header too large, a URI Jersey could not read, a body
 * that timed out) as {@code application/problem+json} in the reader's language, like every answer of the
 * adapter, without the exception's text or any internal name; with {@code no-store} and {@code nosniff}.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    /** Every method gets its problem document (Jetty's default writes a body only for GET, POST and HEAD). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, @Nullable String message,
                                    @Nullable Throwable cause, Callback callback) {
        Locale locale = locale(request.getHeaders().getValuesList(HttpHeader.ACCEPT_LANGUAGE));
        byte[] body = body(code, locale, request.getHttpURI() == null ? null : request.getHttpURI().getPath());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json;charset=UTF-8");
        response.getHeaders().put(HttpHeader.CONTENT_LANGUAGE, locale.getLanguage());
        headers(response.getHeaders());
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** A request Jetty could not parse: answered before any request exists. */
    @Override
    public ByteBuffer badMessageError(int status, @Nullable String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/problem+json;charset=UTF-8");
        fields.put(HttpHeader.CONTENT_LANGUAGE, "vi");
        headers(fields);
        return ByteBuffer.wrap(body(status, vn.ktgs.common.Messages.VIETNAMESE, null));
    }

    private static void headers(HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CACHE_CONTROL, "no-store"));
        fields.put(new HttpField("X-Content-Type-Options", "nosniff"));
    }

    /** The problem document of a status Jetty answers by itself. */
    static byte[] body(int status, Locale locale, @Nullable String instance) {
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 404 -> ProblemType.NO_SUCH_RESOURCE;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 408 -> ProblemType.REQUEST_TIMEOUT;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 414 -> ProblemType.URI_TOO_LONG;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 431 -> ProblemType.HEADERS_TOO_LARGE;
            case 503 -> ProblemType.UNAVAILABLE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.MALFORMED_REQUEST;
        };
        List<Violation> violations = new ArrayList<>();
        violations.add(Violation.of("", "ktgs.rest.http." + type.slug()));
        Problem p = Problems.render(type, violations, locale, instance);
        if (p.status() != status) {
            p = new Problem(p.type(), p.title(), status, p.detail(), p.instance(), p.errors());
        }
        try {
            return Json.mapper().writeValueAsBytes(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Locale locale(List<String> acceptLanguage) {
        List<Locale> locales = new ArrayList<>();
        for (String value : acceptLanguage) {
            try {
                Locale.LanguageRange.parse(value).forEach(r -> locales.add(Locale.forLanguageTag(r.getRange())));
            } catch (IllegalArgumentException e) {
                // an unreadable Accept-Language: the default
            }
        }
        return Languages.of(locales);
    }
}
