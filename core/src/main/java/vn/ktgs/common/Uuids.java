package vn.ktgs.common;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Mã định danh: the one strict reading of an id's text, used by every id type and every adapter. An id is the
 * canonical form of a UUID, 36 characters {@code xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx} of hexadecimal digits (either
 * case); {@link UUID#fromString} alone also takes forms such as {@code 1-2-3-4-5} or over-long groups, which name
 * the same UUID as another text and are therefore refused here.
 */
public final class Uuids {

    private Uuids() {
    }

    /** The UUID {@code text} is in canonical form; empty for null, blank or any other text. */
    public static Optional<UUID> parse(@Nullable CharSequence text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0 || c > 'f') {
                return Optional.empty();
            }
        }
        return Optional.of(UUID.fromString(text.toString()));
    }

    /**
     * The UUID {@code text} is in canonical form.
     *
     * @throws IllegalArgumentException naming the text when it is not one
     */
    public static UUID parseStrict(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a UUID in canonical form: " + text));
    }
}
