package de.kulant.payments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decodes UTF-8, and reads any byte that is not part of a valid UTF-8 sequence as Windows-1252: files
 * from German banks come in either, and sometimes in both at once.
 */
final class LenientReader extends Reader {

    private static final String CP1252_HIGH =
            "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd"
                    + "\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178";

    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private int pendingLowSurrogate = -1;

    LenientReader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        int written = 0;
        while (written < length) {
            if (pendingLowSurrogate >= 0) {
                target[offset + written++] = (char) pendingLowSurrogate;
                pendingLowSurrogate = -1;
                continue;
            }
            if (!ensure(1)) {
                break;
            }
            int b = buffer[position] & 0xff;
            if (b < 0x80) {
                target[offset + written++] = (char) b;
                position++;
                continue;
            }
            int codePoint = decodeSequence(b);
            if (codePoint < 0) {
                target[offset + written++] = windows1252(b);
                position++;
            } else if (codePoint > 0xffff) {
                target[offset + written++] = Character.highSurrogate(codePoint);
                pendingLowSurrogate = Character.lowSurrogate(codePoint);
            } else {
                target[offset + written++] = (char) codePoint;
            }
        }
        return written == 0 && length > 0 ? -1 : written;
    }

    /** The code point of a valid UTF-8 sequence starting at {@code position}, consuming it; -1 when it is not one. */
    private int decodeSequence(int first) throws IOException {
        int extra = first >= 0xf0 && first <= 0xf4 ? 3 : first >= 0xe0 ? (first <= 0xef ? 2 : -1) : first >= 0xc2 ? 1 : -1;
        if (extra < 0 || !ensure(extra + 1)) {
            return -1;
        }
        int codePoint = first & (0x3f >> extra);
        for (int i = 1; i <= extra; i++) {
            int next = buffer[position + i] & 0xff;
            if ((next & 0xc0) != 0x80) {
                return -1;
            }
            codePoint = (codePoint << 6) | (next & 0x3f);
        }
        boolean overlong = (extra == 2 && codePoint < 0x800) || (extra == 3 && codePoint < 0x10000);
        if (overlong || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
            return -1;
        }
        position += extra + 1;
        return codePoint;
    }

    private static char windows1252(int b) {
        return b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charAt(b - 0x80) : (char) b;
    }

    /** Makes at least {@code count} bytes available from {@code position}, unless the stream ends first. */
    private boolean ensure(int count) throws IOException {
        if (limit - position >= count) {
            return true;
        }
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        while (limit < count) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                return false;
            }
            limit += read;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
