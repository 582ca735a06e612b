package vn.ktgs.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

    /** The OpenType layout tables left out of the fonts given to the PDF renderer. */
    private static final Set<String> DROPPED = Set.of("GSUB", "GPOS", "GDEF", "kern");

    public static final byte[] REGULAR = withoutLayoutTables(read("LiberationSerif-Regular.ttf"));
    public static final byte[] BOLD = withoutLayoutTables(read("LiberationSerif-Bold.ttf"));
    public static final byte[] ITALIC = withoutLayoutTables(read("LiberationSerif-Italic.ttf"));
    public static final byte[] BOLD_ITALIC = withoutLayoutTables(read("LiberationSerif-BoldItalic.ttf"));

    private Fonts() {
    }

    /**
     * The font without its OpenType layout tables (in memory; the file shipped is untouched): the same sfnt with
     * those entries left out of its table directory. PDFBox 3 applies a font's GSUB table to every run of Latin
     * text it writes, compiling regular expressions for it each time, which took most of the time of a long PDF
     * (JFR profile of the 300-cell result); the text here is in NFC, every Vietnamese letter one precomposed glyph,
     * so no substitution is needed (the only change: "fi" and "fl" are not set as ligatures). openhtmltopdf does
     * not kern, so GPOS and kern are unused. PDFBox subsets the result again when it embeds it.
     */
    static byte[] withoutLayoutTables(byte[] ttf) {
        ByteBuffer in = ByteBuffer.wrap(ttf);
        int tables = in.getShort(4) & 0xFFFF;
        List<int[]> kept = new ArrayList<>();   // {record offset, table offset, length}
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            String tag = new String(ttf, record, 4, StandardCharsets.US_ASCII);
            if (!DROPPED.contains(tag)) {
                kept.add(new int[] {record, in.getInt(record + 8), in.getInt(record + 12)});
            }
        }
        int n = kept.size();
        int size = 12 + 16 * n + kept.stream().mapToInt(k -> (k[2] + 3) & ~3).sum();
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(n);
        out.putInt(in.getInt(0)).putShort((short) n).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (n * 16 - power * 16));
        int offset = 12 + 16 * n;
        for (int[] k : kept) {
            out.put(ttf, k[0], 8).putInt(offset).putInt(k[2]);
            offset += (k[2] + 3) & ~3;
        }
        for (int[] k : kept) {
            out.put(ttf, k[1], k[2]);
            out.position((out.position() + 3) & ~3);
        }
        return out.array();
    }

    private static byte[] read(String name) {
        try (InputStream in = Fonts.class.getResourceAsStream("/vn/ktgs/documents/fonts/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
