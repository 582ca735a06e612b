package vn.ktgs.rest.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Problem details (RFC 9457), answered as {@code application/problem+json} for every error.
 *
 * @param type the stable URI of the kind of error, for example {@code urn:ktgs:problem:validation}
 * @param title the kind of error in the reader's language
 * @param status the HTTP status
 * @param detail the messages of the violations, joined, in the reader's language
 * @param instance the request path
 * @param errors every violation found, with its field path and rule key
 */
public record Problem(String type, String title, int status, String detail, @Nullable String instance,
                      List<FieldError> errors) {

    public Problem {
        errors = List.copyOf(errors);
    }

    /**
     * One violation.
     *
     * @param path the field path ({@code items[2].targets[0].member}); empty for the request as a whole
     * @param rule the stable key of the rule broken, for example {@code ktgs.plan.item.target.required}
     * @param message the message in the reader's language (Vietnamese unless {@code Accept-Language} asks for
     *     English)
     */
    public record FieldError(String path, String rule, String message) {
    }
}
