package vn.ktgs.documents;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.ktgs.documents.internal.Labels;

/**
 * Lỗi văn bản: a document could not be rendered — the caller may not read the records, a record does not exist or
 * is not ready (a report not yet compiled, an activity not yet concluded), the input does not fit (a document
 * number of another type) or a host's template is broken. Nothing was written when it is thrown. The message is
 * in Vietnamese; {@link #message(Locale)} gives it in English too.
 */
public final class DocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of failure, for an adapter that maps it (for example to an HTTP status). */
    public enum Kind {
        /** The caller may not read the records (HTTP 403). */
        FORBIDDEN,
        /** No such record, or a confidential one the caller may not know of (HTTP 404). */
        NOT_FOUND,
        /** The record is not ready to be printed: report not compiled, activity not concluded (HTTP 409). */
        NOT_READY,
        /** The input does not fit: a document number of another type (HTTP 422). */
        BAD_INPUT,
        /** The host's template or settings are broken, or the file cannot be written. */
        BAD_TEMPLATE
    }

    private final Kind kind;
    private final String key;
    private final Map<String, String> args;

    public DocumentException(Kind kind, String key, Map<String, String> args) {
        this(kind, key, args, null);
    }

    public DocumentException(Kind kind, String key, Map<String, String> args, Throwable cause) {
        super(Labels.defaults().text(key, Locale.forLanguageTag("vi"), args), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.key = key;
        this.args = Map.copyOf(args);
    }

    public Kind kind() {
        return kind;
    }

    /** The key of the message in the labels ({@code error.reportNotCompiled}, …). */
    public String key() {
        return key;
    }

    /** The message in Vietnamese, or in English for a locale whose language is {@code en}. */
    public String message(Locale locale) {
        return Labels.defaults().text(key, locale, args);
    }
}
