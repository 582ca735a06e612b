package vn.ktgs.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The fonts shipped in the jar: Liberation Serif 2.1.5 (SIL Open Font License 1.1, metric-compatible with Times New
 * Roman, with the Vietnamese letters), from Debian's {@code fonts-liberation2}; licence in
 * {@code vn/ktgs/documents/fonts/LICENSE-LiberationSerif.txt}. Read once and kept.
 */
public final class Fonts {

    /** The family name the PDF's style sheet uses. */
    public static final String FAMILY = "Liberation Serif";
    /** The font DOCX documents name (TCVN 6909:2001); Liberation Serif stands in for it where it is missing. */
    public static final String DOCX_FAMILY = "Times New Roman";

    public static final byte[] REGULAR = read("LiberationSerif-Regular.ttf");
    public static final byte[] BOLD = read("LiberationSerif-Bold.ttf");
    public static final byte[] ITALIC = read("LiberationSerif-Italic.ttf");
    public static final byte[] BOLD_ITALIC = read("LiberationSerif-BoldItalic.ttf");

    private Fonts() {
    }

    private static byte[] read(String name) {
        try (InputStream in = Fonts.class.getResourceAsStream("/vn/ktgs/documents/fonts/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
