package vn.ktgs.scoring;

import java.util.Locale;
import java.util.Objects;
import vn.ktgs.common.Labelled;

/** A text given by data in Vietnamese and English: a label, or the source of a criterion's numbers. */
public record LocalisedText(String vi, String en) implements Labelled {

    public LocalisedText {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    /** Text that reads the same in both languages, such as a bare document number ({@code 366-QĐ/TW}). */
    public static LocalisedText neutral(String text) {
        return new LocalisedText(text, text);
    }

    @Override
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : vi;
    }
}
