package vn.ktgs.common;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/** Văn bản: the library's rules for text: valid UTF-8, no stray control characters, stored in Unicode NFC. */
public final class Texts {

    private Texts() {
    }

    /** Whether the text encodes as UTF-8 and holds no control character other than tab, CR and LF. */
    public static boolean isValid(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The text in Unicode normalisation form C, trimmed; {@code null} stays {@code null}. */
    public static @Nullable String nfc(@Nullable String s) {
        return s == null ? null : Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }
}
