package vn.ktgs.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Only well-formed UTF-8 passes, the first bad byte is named by its offset, columns count characters. */
class Utf8InputTest {

    /** Pieces of text: ASCII, Vietnamese letters of two and three bytes, a four-byte character, line breaks. */
    private static final List<String> PIECES = List.of("a", "Z", " ", "{", "\"", "\n", "đ", "Ư", "ệ", "Nguyễn",
            "ộ", "\u00A0", "€", "𝐀", "😀", "\r\n", "\t", "65-KH/ĐU");

    private static Gen<String> texts() {
        return lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 400).map(l -> String.join("", l));
    }

    /** Reads all of {@code in} with reads of at most {@code chunk} bytes, as a parser with a small buffer would. */
    private static byte[] readAll(InputStream in, int chunk) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        try {
            for (int n; (n = in.read(buffer, 0, chunk)) >= 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A stream that gives at most {@code chunk} bytes a read, as a socket or a slow file does. */
    private static InputStream trickling(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    @Test
    void wellFormedTextPassesUnchangedWhateverTheChunks() {
        qt().forAll(texts(), integers().between(1, 50), integers().between(1, 50)).checkAssert((text, source, chunk) -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertThat(readAll(Utf8Input.of(trickling(bytes, source)), chunk)).isEqualTo(bytes);
        });
    }

    @Test
    void aBadByteIsNamedByItsOffsetAndEverythingBeforeItIsHandedOn() {
        // 0xFF and 0xC0 never occur in UTF-8; a lone continuation byte 0x80 cannot start a character; a NUL is no
        // text (found eight bytes at a time, so chunks up to 64 bytes put it at every place of a word)
        qt().forAll(texts(), texts(), arbitrary().pick(0xFF, 0xC0, 0x80, 0xF8, 0x00), integers().between(1, 64))
                .checkAssert((head, tail, bad, chunk) -> {
                    byte[] h = head.getBytes(StandardCharsets.UTF_8);
                    byte[] t = tail.getBytes(StandardCharsets.UTF_8);
                    byte[] bytes = new byte[h.length + 1 + t.length];
                    System.arraycopy(h, 0, bytes, 0, h.length);
                    bytes[h.length] = (byte) (int) bad;
                    System.arraycopy(t, 0, bytes, h.length + 1, t.length);

                    Utf8Input in = Utf8Input.of(trickling(bytes, chunk));
                    ByteArrayOutputStream got = new ByteArrayOutputStream();
                    byte[] buffer = new byte[chunk];
                    Utf8Input.NotUtf8Exception e = catchThrowableOfType(Utf8Input.NotUtf8Exception.class, () -> {
                        for (int n; (n = in.read(buffer, 0, chunk)) >= 0; ) {
                            got.write(buffer, 0, n);
                        }
                    });
                    assertThat(e).isNotNull();
                    assertThat(e.offset()).isEqualTo(h.length);
                    assertThat(e.value()).isEqualTo(bad);
                    assertThat(got.toByteArray()).isEqualTo(h);
                });
    }

    @Test
    void aCutSequenceIsNamedAtItsFirstByte() throws IOException {
        byte[] nguyen = "Nguyễn".getBytes(StandardCharsets.UTF_8);          // ễ is E1 BB 85
        byte[] cutByAsciiLetter = {'N', 'g', 'u', 'y', (byte) 0xE1, (byte) 0xBB, 'n'};
        assertThat(failure(cutByAsciiLetter).offset()).isEqualTo(4);
        assertThat(failure(cutByAsciiLetter).value()).isEqualTo(0xE1);
        byte[] cutByTheEnd = java.util.Arrays.copyOf(nguyen, 6);
        assertThat(failure(cutByTheEnd).offset()).isEqualTo(4);
        byte[] surrogate = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80};   // U+D800 written as UTF-8
        assertThat(failure(surrogate).offset()).isEqualTo(1);
        byte[] overlong = {'a', 'b', (byte) 0xC0, (byte) 0xAF};             // "/" in two bytes
        assertThat(failure(overlong).offset()).isEqualTo(2);
    }

    @Test
    void aUtf16FileIsRefusedAtItsFirstBytes() {
        byte[] withMark = "{}".getBytes(StandardCharsets.UTF_16LE);
        byte[] bom = {(byte) 0xFF, (byte) 0xFE, withMark[0], withMark[1], withMark[2], withMark[3]};
        assertThat(failure(bom).offset()).isZero();
        assertThat(failure(bom).value()).isEqualTo(0xFF);
        byte[] noMark = "{\"a\": 1}".getBytes(StandardCharsets.UTF_16BE);   // 00 7B 00 22 …
        assertThat(failure(noMark).offset()).isZero();
        assertThat(failure(noMark).value()).isZero();
    }

    @Test
    void theViolationNamesTheOffsetAndTheByteInBothLanguages() {
        Violation v = failure(new byte[] {'a', 'b', (byte) 0xFF}).violation("members[3]");
        assertThat(v.path()).isEqualTo("members[3]");
        assertThat(v.message(Messages.VIETNAMESE)).isEqualTo("tệp dữ liệu không phải là văn bản UTF-8 hợp lệ:"
                + " byte không hợp lệ đầu tiên ở vị trí 2 (đếm từ 0) là 0xFF");
        assertThat(v.message(Locale.ENGLISH)).isEqualTo("the data file is not valid UTF-8 text: the first bad byte,"
                + " at offset 2 (counting from 0), is 0xFF");
    }

    @Test
    void columnsCountCharactersNotBytes() {
        qt().forAll(texts(), integers().between(1, 64)).checkAssert((text, chunk) -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Utf8Input in = Utf8Input.of(trickling(bytes, chunk));
            byte[] buffer = new byte[chunk];
            long read = 0;
            try {
                for (int n; (n = in.read(buffer, 0, chunk)) >= 0; ) {
                    read += n;
                    // every character of the chunk just read, and of the one before, has its column
                    for (int i = 0, offset = 0; i < text.length(); ) {
                        int cp = text.codePointAt(i);
                        int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                        if (offset >= read - n - chunk && offset < read) {
                            int lineStart = Math.max(text.lastIndexOf('\n', i - 1), text.lastIndexOf('\r', i - 1)) + 1;
                            int expected = text.codePointCount(lineStart, i) + 1;
                            assertThat(in.column(offset)).as("column at byte %d", offset).hasValue(expected);
                            if (offset + size <= read) {
                                assertThat(in.codePointAt(offset)).hasValue(cp);
                                // a byte inside a character belongs to its column and its character
                                assertThat(in.column(offset + size - 1)).hasValue(expected);
                                assertThat(in.codePointAt(offset + size - 1)).hasValue(cp);
                            }
                        }
                        offset += size;
                        i += Character.charCount(cp);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(read).isEqualTo(bytes.length);
        });
    }

    @Test
    void aLineEndsAtLfCrOrCrLfAndAByteOrderMarkIsNoColumn() throws IOException {
        byte[] bytes = "\uFEFFab\r\ncd\ref\ngh".getBytes(StandardCharsets.UTF_8);
        Utf8Input in = Utf8Input.of(trickling(bytes, 2));
        readAll(in, 2);
        assertThat(in.column(bytes.length - 1)).hasValue(2);   // h, the mark long gone from the chunks kept
        Utf8Input first = Utf8Input.of(trickling(bytes, 4));
        first.read(new byte[4], 0, 4);
        assertThat(first.column(3)).hasValue(1);               // a, just after the mark
        Utf8Input whole = Utf8Input.of(new ByteArrayInputStream(bytes));
        readAll(whole, 64);
        assertThat(whole.column(3)).hasValue(1);
        assertThat(whole.column(4)).hasValue(2);               // b
        assertThat(whole.column(7)).hasValue(1);               // c, after CR LF
        assertThat(whole.column(10)).hasValue(1);              // e, after CR alone
        assertThat(whole.column(13)).hasValue(1);              // g, after LF
    }

    @Test
    void aColumnLongBeforeTheLastChunksIsNotKnown() throws IOException {
        byte[] bytes = "a".repeat(100).getBytes(StandardCharsets.UTF_8);
        Utf8Input in = Utf8Input.of(trickling(bytes, 10));
        readAll(in, 10);
        assertThat(in.column(95)).hasValue(96);
        assertThat(in.column(85)).hasValue(86);
        assertThat(in.column(5)).isEmpty();
        assertThat(in.codePointAt(5)).isEmpty();
    }

    private static Utf8Input.NotUtf8Exception failure(byte[] bytes) {
        UncheckedIOException e = catchThrowableOfType(UncheckedIOException.class,
                () -> readAll(Utf8Input.of(new ByteArrayInputStream(bytes)), 3));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.getCause()).isInstanceOf(Utf8Input.NotUtf8Exception.class);
        return (Utf8Input.NotUtf8Exception) e.getCause();
    }
}
