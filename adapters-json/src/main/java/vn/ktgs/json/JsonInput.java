package vn.ktgs.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;
import vn.ktgs.common.Utf8Input;
import vn.ktgs.common.Violation;

/**
 * Văn bản JSON đầu vào: a JSON text being read, checked as UTF-8 on the way ({@link Utf8Input}), and the problem a
 * failed read is, in the project's own words: {@code ktgs.data.notUtf8} with the offset of the first bad byte, or
 * {@code ktgs.json.syntax} with the line, the column counted in characters and the reason in the reader's language
 * ({@code ktgs.json.syntax.*}; Jackson's English text never reaches the reader).
 *
 * <p>The reason is taken from the kind of Jackson's exception and from the start of its message, which names the
 * broken rule in a fixed form ("Duplicate field 'x'", "Unexpected character … was expecting comma …"); the character
 * found is read from the text itself. A message this does not know gives the general reason
 * {@code ktgs.json.syntax.unexpected} with the character found.
 */
public final class JsonInput {

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");
    private static final Pattern CODE = Pattern.compile("\\(code (\\d+)\\)");

    private final Utf8Input bytes;

    private JsonInput(Utf8Input bytes) {
        this.bytes = bytes;
    }

    /** {@code in} as a JSON text to read: give {@link #stream()} to the parser. */
    public static JsonInput of(InputStream in) {
        return new JsonInput(Utf8Input.of(in));
    }

    /** The bytes to parse, checked as UTF-8 while they are read. */
    public InputStream stream() {
        return bytes;
    }

    /** The problem a failed read of this text is, at {@code path}. */
    public Violation problem(String path, IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Utf8Input.NotUtf8Exception n) {
                return n.violation(path);
            }
        }
        if (e instanceof JsonProcessingException j && j.getLocation() != null) {
            return syntax(path, j.getLocation(), reason(j, j.getLocation()));
        }
        return Violation.of(path, "ktgs.data.unreadable", "reason", String.valueOf(e.getMessage()));
    }

    /**
     * Content after the end of the document ({@code array}: after the end of the top-level array) that starts at
     * {@code at}, the location of its first token.
     */
    Violation trailing(String path, JsonLocation at, boolean array) {
        return syntax(path, at, new Reason(array ? "ktgs.json.syntax.afterArray" : "ktgs.json.syntax.afterDocument",
                Map.of()));
    }

    private Violation syntax(String path, JsonLocation at, Reason reason) {
        OptionalInt column = at.getByteOffset() < 0 ? OptionalInt.empty() : bytes.column(at.getByteOffset());
        return Violation.of(path, "ktgs.json.syntax", "line", at.getLineNr(), "column",
                column.isPresent() ? column.getAsInt() : at.getColumnNr(), "reason", reason);
    }

    private Reason reason(JsonProcessingException e, JsonLocation at) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException) {
            return new Reason("ktgs.json.syntax.endOfInput", Map.of());
        }
        Matcher duplicate = DUPLICATE.matcher(m);
        if (duplicate.find()) {
            return new Reason("ktgs.json.syntax.duplicateKey", Map.of("key", duplicate.group(1)));
        }
        Matcher token = TOKEN.matcher(m);
        if (token.find()) {
            return new Reason("ktgs.json.syntax.unknownWord", Map.of("found", "“" + token.group(1) + "”"));
        }
        String found = found(at, m);
        String key;
        if (m.startsWith("Illegal unquoted character") || m.startsWith("Illegal character")) {
            key = "ktgs.json.syntax.controlCharacter";
        } else if (m.startsWith("Unrecognized character escape")) {
            key = "ktgs.json.syntax.badEscape";
        } else if (m.contains("umeric value") || m.startsWith("Non-standard token")) {
            key = "ktgs.json.syntax.badNumber";
        } else if (m.startsWith("Unexpected close marker")) {
            key = "ktgs.json.syntax.unexpectedClose";
        } else if (m.contains("was expecting comma")) {
            key = "ktgs.json.syntax.missingComma";
        } else if (m.contains("was expecting a colon")) {
            key = "ktgs.json.syntax.missingColon";
        } else if (m.contains("was expecting double-quote to start field name")) {
            key = found.equals("“}”") ? "ktgs.json.syntax.trailingComma" : "ktgs.json.syntax.keyNotQuoted";
        } else if (m.contains("expected a valid value")) {
            key = "ktgs.json.syntax.valueExpected";
        } else {
            key = "ktgs.json.syntax.unexpected";
        }
        return new Reason(key, Map.of("found", found));
    }

    /** The character at the error, as the reader sees it: {@code “x”}, or {@code U+000A} for an invisible one. */
    private String found(JsonLocation at, String message) {
        OptionalInt cp = at.getByteOffset() < 0 ? OptionalInt.empty() : bytes.codePointAt(at.getByteOffset());
        if (cp.isEmpty()) {
            Matcher code = CODE.matcher(message);
            if (!code.find()) {
                return "?";
            }
            cp = OptionalInt.of(Integer.parseInt(code.group(1)));
        }
        int c = cp.getAsInt();
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                ? String.format("U+%04X", c) : "“" + Character.toString(c) + "”";
    }

    /** Why the text is not JSON, rendered from {@code key} in the reader's language. */
    private record Reason(String key, Map<String, String> args) implements Labelled {
        @Override
        public String label(Locale locale) {
            return Messages.format(key, locale, args);
        }
    }
}
