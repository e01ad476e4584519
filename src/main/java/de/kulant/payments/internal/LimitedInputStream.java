package de.kulant.payments.internal;

import de.kulant.platform.PayloadTooLargeException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes a stream through and refuses it once it grows beyond the limit, without reading it into memory. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final String message;
    private long count;

    LimitedInputStream(InputStream in, long limit, String message) {
        super(in);
        this.limit = limit;
        this.message = message;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) {
        count += n;
        if (count > limit) {
            throw new PayloadTooLargeException(message);
        }
    }
}
