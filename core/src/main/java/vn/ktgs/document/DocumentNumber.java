package vn.ktgs.document;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Texts;
import vn.ktgs.common.Violation;

/**
 * Số, ký hiệu văn bản: the number of a Party document, {@code NUMBER-TYPE/ISSUER}, for example {@code 65-KH/ĐU}
 * (plan no. 65 of a grassroots Party committee). Each type is numbered from 01 within one committee term.
 *
 * <p>The abbreviations are stored in Unicode NFC, so two numbers are equal whatever normalisation form they
 * were written in. State documents ({@code 06/2024/QĐ-UBND}) have another form and are not Party documents.
 *
 * @param number the number, 1 to 99999
 * @param type the abbreviation of the document type, for example {@code KH} or {@code CTr}
 * @param issuer the abbreviation of the issuing body: an uppercase letter then uppercase letters or digits,
 *     at most 20, for example {@code ĐU}, {@code ĐUK}, {@code UBKTTW}
 */
public record DocumentNumber(int number, String type, String issuer) {

    /** The largest document number. */
    public static final int MAX_NUMBER = 99_999;
    /** The most characters (code points) of an issuer abbreviation. */
    public static final int MAX_ISSUER = 20;

    private static final Pattern ISSUER = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}]{0," + (MAX_ISSUER - 1) + "}");
    private static final Pattern PARTY = Pattern.compile(
            "([0-9]{1,5})\\s*-\\s*(\\p{L}{1,10})\\s*/\\s*(" + ISSUER.pattern() + ")");
    private static final Pattern STATE = Pattern.compile(
            "[0-9]{1,6}\\s*/\\s*(?:[0-9]{4}\\s*/\\s*)?\\p{L}{1,10}(?:\\s*-\\s*[\\p{L}\\p{N}]{1,20}){1,4}");
    /** Longer texts are not looked at: no valid number comes near this length. */
    private static final int MAX_TEXT = 100;

    public DocumentNumber {
        type = Texts.nfc(Objects.requireNonNull(type, "type"));
        issuer = Texts.nfc(Objects.requireNonNull(issuer, "issuer"));
        if (number < 1 || number > MAX_NUMBER) {
            throw new IllegalArgumentException("a document number is between 1 and " + MAX_NUMBER + ": " + number);
        }
        if (!DocumentType.ABBREVIATION.matcher(type).matches()) {
            throw new IllegalArgumentException("not a document type abbreviation: " + type);
        }
        if (!ISSUER.matcher(issuer).matches()) {
            throw new IllegalArgumentException("not an issuer abbreviation: " + issuer);
        }
    }

    /**
     * Parses a Party document number whose type is in {@code types}. Spaces around {@code -} and {@code /}
     * are allowed ({@code 65 -KH/ĐU}), the text may be in any Unicode normalisation form, and the number may
     * have leading zeros ({@code 02-NQ/ĐU}).
     *
     * @return the number, or a rejection with one violation (empty path) of rule
     *     {@code ktgs.document.number.malformed} (argument {@code text}), {@code ktgs.document.number.unknownType}
     *     (argument {@code type}) or {@code ktgs.document.number.stateDocument} (argument {@code text})
     */
    public static Outcome<DocumentNumber> tryParse(String text, DocumentTypes types) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(types, "types");
        if (text.length() > MAX_TEXT || !Texts.isValid(text)) {
            return rejected("ktgs.document.number.malformed", "text", shown(text));
        }
        String normal = Texts.nfc(text);
        Matcher m = PARTY.matcher(normal);
        if (!m.matches()) {
            return STATE.matcher(normal).matches()
                    ? rejected("ktgs.document.number.stateDocument", "text", normal)
                    : rejected("ktgs.document.number.malformed", "text", normal);
        }
        int number = Integer.parseInt(m.group(1));
        if (number < 1) {
            return rejected("ktgs.document.number.malformed", "text", normal);
        }
        String type = m.group(2);
        if (types.find(type).isEmpty()) {
            return rejected("ktgs.document.number.unknownType", "type", type);
        }
        return Outcome.accepted(new DocumentNumber(number, type, m.group(3)));
    }

    /**
     * Parses a Party document number whose type is in {@code types}; see {@link #tryParse(String, DocumentTypes)}.
     *
     * @throws RejectedException when the text is not such a number; this is the only exception thrown for any
     *     text
     */
    public static DocumentNumber parse(String text, DocumentTypes types) {
        return tryParse(text, types).orThrow();
    }

    /**
     * Parses a Party document number with the library's {@linkplain DocumentTypes#defaults() default types}.
     *
     * @throws RejectedException when the text is not such a number; this is the only exception thrown for any
     *     text
     */
    public static DocumentNumber parse(String text) {
        return parse(text, DocumentTypes.defaults());
    }

    /** The number as written on the document, at least two digits: {@code 65-KH/ĐU}, {@code 02-NQ/ĐU}. */
    public String format() {
        return String.format(Locale.ROOT, "%02d-%s/%s", number, type, issuer);
    }

    /** The same as {@link #format()}. */
    @Override
    public String toString() {
        return format();
    }

    /**
     * The text as it can be shown in a message: at most {@value #MAX_TEXT} characters, with every unpaired
     * surrogate and control character replaced by U+FFFD.
     */
    private static String shown(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_TEXT).forEach(cp -> out.appendCodePoint(
                Character.getType(cp) == Character.SURROGATE || Character.isISOControl(cp) ? 0xFFFD : cp));
        return text.codePointCount(0, text.length()) > MAX_TEXT ? out.append('…').toString() : out.toString();
    }

    private static Outcome<DocumentNumber> rejected(String rule, String name, String value) {
        return Outcome.rejected(List.of(Violation.of("", rule, name, value)));
    }
}
