package vn.ktgs.common;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * Văn bản UTF-8: a stream that passes on only well-formed UTF-8 text and stops at the first byte that is not, naming
 * its offset. A reader (a JSON parser, a properties loader) reads through it as through the file: every byte before
 * the bad one is handed on, and the read that would hand on the bad byte throws {@link NotUtf8Exception} — so the
 * reader fails at the place in the text where the bad byte stands, not earlier.
 *
 * <p>Bytes are checked with the JDK's UTF-8 decoder (malformed sequences, overlong forms, encoded surrogates, a
 * sequence cut off by the end of the file). A NUL byte is refused too: no text file of the library holds one, and
 * it is what a UTF-16 or UTF-32 file looks like byte by byte.
 *
 * <p>It also remembers the last bytes handed on, so that a reader's byte offset can be turned into a column counted
 * in characters ({@link #column(long)}) — Vietnamese letters take two or three bytes each — and into the character
 * found there ({@link #codePointAt(long)}). A line ends at LF, CR or CR LF, as a JSON parser counts lines; a byte
 * order mark at the start is not a column.
 */
public final class Utf8Input extends FilterInputStream {

    /** The first byte of a stream that is not well-formed UTF-8 text. */
    public static final class NotUtf8Exception extends CharConversionException {

        private static final long serialVersionUID = 1L;
        private final long offset;
        private final int value;

        NotUtf8Exception(long offset, int value) {
            super(String.format("not UTF-8: byte 0x%02X at offset %d", value, offset));
            this.offset = offset;
            this.value = value;
        }

        /** The offset of the bad byte in the stream, from 0. */
        public long offset() {
            return offset;
        }

        /** The bad byte, 0 to 255. */
        public int value() {
            return value;
        }

        /** The problem as {@code ktgs.data.notUtf8} at {@code path}, with the offset and the byte. */
        public Violation violation(String path) {
            return Violation.of(path, "ktgs.data.notUtf8", "offset", offset, "byte",
                    String.format("%02X", value));
        }
    }

    /** Eight bytes of a chunk read as one {@code long}, for the scan for NUL, LF and CR. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LFS = 0x0A0A0A0A0A0A0A0AL;
    private static final long CRS = 0x0D0D0D0D0D0D0D0DL;

    /** Non-zero exactly when one of the eight bytes of {@code w} is zero. */
    private static long zeroByte(long w) {
        return (w - ONES) & ~w & HIGHS;
    }

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer scratch = CharBuffer.allocate(8192);
    /** The bytes handed on whose sequence is not complete yet (at most three), then the chunk being checked. */
    private ByteBuffer work = ByteBuffer.allocate(8192 + 4);
    private int pending;
    /** The offset of the next byte to hand on. */
    private long handedOn;
    private NotUtf8Exception failure;

    /** The last two chunks handed on, and the column (characters since the last line break) at each one's start. */
    private byte[] last = new byte[0];
    private int lastLength;
    private long lastStart;
    private int lastColumn;
    private byte[] before = new byte[0];
    private int beforeLength;
    private long beforeStart;
    private int beforeColumn;
    private int column;
    /** The column after the whole chunk being checked. */
    private int columnAfterChunk;
    /** 3 when the stream opens with a byte order mark, which is not counted as a column. */
    private int bom;
    private final byte[] one = new byte[1];

    private Utf8Input(InputStream in) {
        super(in);
    }

    /** {@code in}, checked as UTF-8 text while it is read. */
    public static Utf8Input of(InputStream in) {
        return in instanceof Utf8Input u ? u : new Utf8Input(in);
    }

    @Override
    public int read() throws IOException {
        int n;
        do {
            n = read(one, 0, 1);
        } while (n == 0);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (failure != null) {
            throw failure;
        }
        int n = in.read(b, off, len);
        if (n < 0) {
            if (pending > 0) {
                throw fail(handedOn - pending, work.array()[0]);
            }
            return -1;
        }
        int good = check(b, off, n);
        if (failure != null && good == 0) {
            throw failure;
        }
        remember(b, off, good);
        handedOn += good;
        return good;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // not supported: a reset would hand on bytes twice
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    /**
     * Checks the {@code n} bytes just read; the number of them that may be handed on (all of them unless a bad byte
     * is among them, then those before it, the failure being kept for the next read).
     */
    private int check(byte[] b, int off, int n) {
        // one pass for a NUL and for the column after the chunk; then the decoder checks the sequences
        int nul = -1;
        int c = column;
        int from = off;
        if (handedOn == 0 && pending == 0 && n >= 3 && b[off] == (byte) 0xEF && b[off + 1] == (byte) 0xBB
                && b[off + 2] == (byte) 0xBF) {
            from = off + 3;   // a byte order mark opens the first line but no editor shows it as a column
            bom = 3;
        }
        int end = off + n;
        scan:
        for (int i = from; i < end; ) {
            if (i + 8 <= end) {
                // eight bytes at once when none is a NUL, LF or CR: the column grows by those that start a character
                long w = (long) LONGS.get(b, i);
                if ((zeroByte(w) | zeroByte(w ^ LFS) | zeroByte(w ^ CRS)) == 0) {
                    c += 8 - Long.bitCount(w & ~(w << 1) & HIGHS);
                    i += 8;
                    continue;
                }
            }
            for (int stop = Math.min(i + 8, end); i < stop; i++) {
                byte x = b[i];
                if (x == 0) {
                    nul = i - off;
                    break scan;
                }
                if (x == '\n' || x == '\r') {
                    c = 0;
                } else if ((x & 0xC0) != 0x80) {
                    c++;
                }
            }
        }
        columnAfterChunk = c;
        int checked = nul >= 0 ? nul : n;
        ByteBuffer in;
        if (pending == 0) {
            in = ByteBuffer.wrap(b, off, checked);   // no copy in the usual case
        } else {
            if (work.capacity() < pending + checked) {
                ByteBuffer bigger = ByteBuffer.allocate(pending + checked);
                bigger.put(work.array(), 0, pending);
                work = bigger;
            }
            work.clear().position(pending);
            work.put(b, off, checked).flip();
            in = work;
        }
        int base = in.position();   // the place of this chunk's first byte (or of the pending bytes) in in
        CoderResult r;
        do {
            r = decoder.decode(in, scratch, false);
            scratch.clear();
        } while (r.isOverflow());
        int bad;
        if (r.isError()) {
            bad = in.position() - base;
        } else if (nul >= 0) {
            bad = in.hasRemaining() ? in.position() - base : pending + nul;   // a sequence cut off by the NUL, or it
        } else {
            int left = in.remaining();
            byte[] tail = new byte[left];
            in.get(tail);
            work.clear();
            work.put(tail);
            pending = left;
            return n;
        }
        // bad counts from the first pending byte
        long offset = handedOn - pending + bad;
        int value = bad < pending ? work.array()[bad] : bad - pending < n ? b[off + bad - pending] : 0;
        failure = new NotUtf8Exception(offset, value & 0xFF);
        return (int) Math.max(0, offset - handedOn);
    }

    private NotUtf8Exception fail(long offset, byte value) {
        failure = new NotUtf8Exception(offset, value & 0xFF);
        return failure;
    }

    private void remember(byte[] b, int off, int n) {
        byte[] swap = before;
        before = last;
        beforeLength = lastLength;
        beforeStart = lastStart;
        beforeColumn = lastColumn;
        last = swap.length >= n ? swap : new byte[Math.max(n, 8192)];
        System.arraycopy(b, off, last, 0, n);
        lastLength = n;
        lastStart = handedOn;
        lastColumn = column;
        column = failure == null ? columnAfterChunk : columnAfter(last, skip(lastStart, n), n, column);
    }

    /** Where counting starts in the chunk starting at {@code start}: after the byte order mark, if it holds one. */
    private int skip(long start, int length) {
        return start == 0 ? Math.min(bom, length) : 0;
    }

    /** The column after {@code b[from, to)}, the column before it being {@code start}. */
    private static int columnAfter(byte[] b, int from, int to, int start) {
        int c = start;
        for (int i = from; i < to; i++) {
            byte x = b[i];
            if (x == '\n' || x == '\r') {
                c = 0;
            } else if ((x & 0xC0) != 0x80) {
                c++;
            }
        }
        return c;
    }

    /**
     * The column, counted in characters from 1, of the character the byte at {@code offset} belongs to — when that
     * byte is among the last bytes handed on (a parser's error is always in the chunk it read last, or the one
     * before), or is the place just after the last byte handed on (where the text ends).
     */
    public OptionalInt column(long offset) {
        int inside = byteAt(offset) >= 0 && (byteAt(offset) & 0xC0) == 0x80 ? 0 : 1;
        if (offset >= lastStart && offset <= lastStart + lastLength) {
            int to = (int) (offset - lastStart);
            return OptionalInt.of(columnAfter(last, Math.min(skip(lastStart, lastLength), to), to, lastColumn)
                    + inside);
        }
        if (offset >= beforeStart && offset < beforeStart + beforeLength) {
            int to = (int) (offset - beforeStart);
            return OptionalInt.of(columnAfter(before, Math.min(skip(beforeStart, beforeLength), to), to,
                    beforeColumn) + inside);
        }
        return OptionalInt.empty();
    }

    /**
     * The character the byte at {@code offset} belongs to, when all its bytes are among the last bytes handed on.
     */
    public OptionalInt codePointAt(long offset) {
        long start = offset;
        while (start > offset - 3 && byteAt(start) >= 0 && (byteAt(start) & 0xC0) == 0x80) {
            start--;
        }
        byte[] bytes = new byte[4];
        int n = 0;
        for (long o = start; o < start + 4; o++) {
            int b = byteAt(o);
            if (b < 0) {
                break;
            }
            bytes[n++] = (byte) b;
        }
        if (n == 0 || (bytes[0] & 0xC0) == 0x80) {
            return OptionalInt.empty();
        }
        int size = (bytes[0] & 0x80) == 0 ? 1 : (bytes[0] & 0xE0) == 0xC0 ? 2 : (bytes[0] & 0xF0) == 0xE0 ? 3 : 4;
        if (size > n) {
            return OptionalInt.empty();
        }
        String s = new String(Arrays.copyOf(bytes, size), StandardCharsets.UTF_8);
        return OptionalInt.of(s.codePointAt(0));
    }

    private int byteAt(long offset) {
        if (offset >= lastStart && offset < lastStart + lastLength) {
            return last[(int) (offset - lastStart)] & 0xFF;
        }
        if (offset >= beforeStart && offset < beforeStart + beforeLength) {
            return before[(int) (offset - beforeStart)] & 0xFF;
        }
        return -1;
    }
}
