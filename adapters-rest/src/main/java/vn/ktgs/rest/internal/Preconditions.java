package vn.ktgs.rest.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.Violation;

/**
 * Optimistic concurrency over HTTP: an update names the version it was based on in {@code If-Match} (the
 * {@code ETag} of a read, {@code "7"}); none answers 428, another version 412.
 *
 * <p>{@code If-Match} is read as RFC 9110 §13.1.1 defines it: {@code *} or a comma-separated list of entity tags
 * (optional whitespace around the commas, empty list elements ignored), compared with the <em>strong</em>
 * comparison of §8.8.3.2: {@code W/"4"} never matches, {@code "4"} matches version 4, and {@code *} matches the
 * existing resource whatever its version. A value that is not such a list does not match (412).
 */
public final class Preconditions {

    private Preconditions() {
    }

    /** The ETag of a version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** An entity tag of an {@code If-Match} list: its opaque tag (quotes included) and whether it is weak. */
    record EntityTag(boolean weak, String opaque) {
    }

    /**
     * Checks {@code ifMatch} against the current version of the resource: 428 when absent, 412 when it matches
     * neither strongly nor by {@code *}. Answers the version matched (the current one).
     */
    public static long expect(@Nullable String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    Violation.of("", "ktgs.rest.ifMatch.required"));
        }
        if (ifMatch.strip().equals("*")) {
            return current;
        }
        List<EntityTag> tags = parse(ifMatch);
        if (tags == null) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    Violation.of("", "ktgs.rest.ifMatch.invalid", "value", ifMatch));
        }
        String mine = etag(current);
        for (EntityTag t : tags) {
            if (!t.weak() && t.opaque().equals(mine)) {
                return current;
            }
        }
        Object expected = tags.size() == 1 && !tags.get(0).weak() && tags.get(0).opaque().matches("\"\\d{1,18}\"")
                ? Long.parseLong(tags.get(0).opaque().substring(1, tags.get(0).opaque().length() - 1))
                : ifMatch.strip();
        throw new ProblemException(ProblemType.PRECONDITION_FAILED, Violation.of("", "ktgs.rest.ifMatch.stale",
                "expected", expected, "actual", current));
    }

    /**
     * The entity tags of a list ({@code #entity-tag} of RFC 9110: {@code entity-tag = [ "W/" ] DQUOTE *etagc
     * DQUOTE}, elements separated by {@code OWS "," OWS}), or {@code null} when {@code value} is not one or holds
     * none.
     */
    static @Nullable List<EntityTag> parse(String value) {
        List<EntityTag> out = new ArrayList<>();
        int i = 0;
        int n = value.length();
        boolean needSeparator = false;
        while (i < n) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            if (c == ',') {
                needSeparator = false;
                i++;
                continue;
            }
            if (needSeparator) {
                return null;
            }
            boolean weak = false;
            if (value.startsWith("W/", i)) {
                weak = true;
                i += 2;
            }
            if (i >= n || value.charAt(i) != '"') {
                return null;
            }
            int end = i + 1;
            while (end < n && isEtagc(value.charAt(end))) {
                end++;
            }
            if (end >= n || value.charAt(end) != '"') {
                return null;
            }
            out.add(new EntityTag(weak, value.substring(i, end + 1)));
            i = end + 1;
            needSeparator = true;
        }
        return out.isEmpty() ? null : out;
    }

    /** {@code etagc = %x21 / %x23-7E / obs-text}. */
    private static boolean isEtagc(char c) {
        return c == 0x21 || (c >= 0x23 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
    }
}
