package vn.ktgs.rest.internal;

/**
 * The kinds of error the adapter answers, each with a stable {@code type} URI (RFC 9457) and its HTTP status.
 * Not API: the URIs themselves are the contract, listed in the module README.
 */
public enum ProblemType {
    VALIDATION("validation", 422),
    MALFORMED_REQUEST("malformed-request", 400),
    MALFORMED_JSON("malformed-json", 400),
    INVALID_ENCODING("invalid-encoding", 400),
    INVALID_PARAMETER("invalid-parameter", 400),
    UNAUTHENTICATED("unauthenticated", 401),
    FORBIDDEN("forbidden", 403),
    NOT_FOUND("not-found", 404),
    NO_SUCH_RESOURCE("no-such-resource", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", 406),
    REQUEST_TIMEOUT("request-timeout", 408),
    CONFLICT("conflict", 409),
    IDEMPOTENCY_IN_FLIGHT("idempotency-in-flight", 409),
    PRECONDITION_FAILED("precondition-failed", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", 413),
    URI_TOO_LONG("uri-too-long", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422),
    PRECONDITION_REQUIRED("precondition-required", 428),
    HEADERS_TOO_LARGE("headers-too-large", 431),
    INTERNAL("internal", 500),
    UNAVAILABLE("unavailable", 503);

    /** The prefix of every problem type URI. */
    public static final String PREFIX = "urn:ktgs:problem:";

    private final String slug;
    private final int status;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    public String uri() {
        return PREFIX + slug;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    /** The message key of the title. */
    public String titleKey() {
        return "ktgs.rest.problem." + slug;
    }
}
