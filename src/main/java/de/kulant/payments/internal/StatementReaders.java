package de.kulant.payments.internal;

import de.kulant.payments.BankFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Tells camt from MT940 by the file's first bytes and hands it to the matching reader. */
public final class StatementReaders {

    private static final Pattern DECLARED_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=", Pattern.DOTALL);

    private StatementReaders() {
    }

    public static BankFormat read(InputStream input, StatementSink sink) {
        try {
            BufferedInputStream in = new BufferedInputStream(input, 65536);
            in.mark(4096);
            byte[] head = in.readNBytes(4096);
            in.reset();
            int start = 0;
            if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
                start = 3;
            } else if (head.length >= 2 && ((head[0] & 0xff) == 0xfe || (head[0] & 0xff) == 0xff)) {
                throw new StatementFormatException("byte 1", "the file is in UTF-16; statements are read in UTF-8,"
                        + " ISO-8859-1 or Windows-1252");
            }
            String prefix = new String(head, start, head.length - start, StandardCharsets.ISO_8859_1).stripLeading();
            if (prefix.isEmpty()) {
                throw new StatementFormatException(null, "the file is empty");
            }
            if (prefix.startsWith("<")) {
                boolean declared = DECLARED_ENCODING.matcher(prefix).find();
                if (start == 3) {
                    in.skipNBytes(3);
                }
                return CamtReader.read(in, declared && start == 0, sink);
            }
            if (start == 3) {
                in.skipNBytes(3);
            }
            Mt940Reader.read(new LenientReader(in), sink);
            return BankFormat.MT940;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
