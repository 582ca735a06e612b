package vn.ktgs.scoring;

import java.util.Locale;
import java.util.Objects;
import vn.ktgs.common.Labelled;

/** A label given by data in Vietnamese and English. */
public record LocalisedText(String vi, String en) implements Labelled {

    public LocalisedText {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    @Override
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : vi;
    }
}
