package vn.ktgs.document;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Texts;

/**
 * Loại văn bản: a type of Party document (nghị quyết, kế hoạch, ...) and the abbreviation it has in a document
 * number ({@code KH} in {@code 65-KH/ĐU}). The catalogue of types is data: see {@link DocumentTypes}.
 *
 * @param abbreviation the case-sensitive abbreviation, stored in Unicode NFC, for example {@code CTr}
 * @param vietnamese the Vietnamese name, for example {@code Chương trình}
 * @param english the English name, for example {@code Programme}
 */
public record DocumentType(String abbreviation, String vietnamese, String english) implements Labelled {

    /** An abbreviation: an uppercase letter, then up to nine letters of either case. */
    static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}\\p{L}{0,9}");

    public DocumentType {
        abbreviation = Texts.nfc(Objects.requireNonNull(abbreviation, "abbreviation"));
        vietnamese = Texts.nfc(Objects.requireNonNull(vietnamese, "vietnamese"));
        english = Texts.nfc(Objects.requireNonNull(english, "english"));
        if (!ABBREVIATION.matcher(abbreviation).matches()) {
            throw new IllegalArgumentException("not a document type abbreviation: " + abbreviation);
        }
        if (vietnamese.isEmpty() || english.isEmpty()) {
            throw new IllegalArgumentException("a document type has a Vietnamese and an English name");
        }
    }

    /** The name in the given language: English when the locale's language is English, otherwise Vietnamese. */
    @Override
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : vietnamese;
    }
}
