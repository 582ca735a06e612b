package vn.ktgs.rest.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.Violation;

/**
 * Optimistic concurrency over HTTP: an update names the version it was based on in {@code If-Match} (the
 * {@code ETag} of a read, {@code "7"}); none answers 428, another version 412.
 */
public final class Preconditions {

    private static final Pattern ETAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

    private Preconditions() {
    }

    /** The ETag of a version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version {@code ifMatch} names, checked against the current one: 428 when absent, 400 when not an ETag of
     * this API, 412 when another version.
     */
    public static long expect(@Nullable String ifMatch, long current) {
        long expected = parse(ifMatch);
        if (expected != current) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, Violation.of("", "ktgs.rest.ifMatch.stale",
                    "expected", expected, "actual", current));
        }
        return expected;
    }

    /** The version {@code ifMatch} names: 428 when absent, 412 when it is not an ETag this API gave. */
    public static long parse(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    Violation.of("", "ktgs.rest.ifMatch.required"));
        }
        Matcher m = ETAG.matcher(ifMatch);
        if (!m.matches()) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    Violation.of("", "ktgs.rest.ifMatch.invalid", "value", ifMatch));
        }
        return Long.parseLong(m.group(1));
    }
}
