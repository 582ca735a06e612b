package vn.ktgs.plan;

import java.util.Locale;
import java.util.Objects;
import vn.ktgs.common.Labelled;

/**
 * Nội dung trọng tâm: one entry of the {@link ContentFocusCatalogue}, a matter a plan item focuses on.
 *
 * @param code the stable code a plan item stores, for example {@code MEMBER_DUTIES}
 * @param vietnamese the Vietnamese label
 * @param english the English label
 */
public record ContentFocus(String code, String vietnamese, String english) implements Labelled {

    public ContentFocus {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(vietnamese, "vietnamese");
        Objects.requireNonNull(english, "english");
    }

    /** The English label when the locale's language is English, otherwise the Vietnamese one. */
    @Override
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : vietnamese;
    }
}
