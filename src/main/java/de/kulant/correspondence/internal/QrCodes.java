package de.kulant.correspondence.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** QR code matrices for EPC payloads: error correction M, UTF-8, the quiet zone left to the layout. */
public final class QrCodes {

    private QrCodes() {
    }

    /** One run of dark modules in a row, {@code from} inclusive, {@code to} exclusive. */
    public record Run(int row, int from, int to) {
    }

    /** The dark modules row by row as runs, so a drawing fills one rectangle per run and shows no seams. */
    public static java.util.List<Run> darkRuns(BitMatrix matrix) {
        java.util.List<Run> runs = new java.util.ArrayList<>();
        int modules = matrix.getWidth();
        for (int row = 0; row < modules; row++) {
            int column = 0;
            while (column < modules) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < modules && matrix.get(column, row)) {
                    column++;
                }
                runs.add(new Run(row, start, column));
            }
        }
        return runs;
    }

    public static BitMatrix matrix(String payload) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 0));
            // EPC069-12 allows QR versions up to 13 (69 modules).
            if (matrix.getWidth() > 69) {
                throw new IllegalArgumentException("the EPC payload needs a QR code larger than version 13");
            }
            return matrix;
        } catch (WriterException e) {
            throw new IllegalArgumentException("the payload cannot be encoded as a QR code: " + e.getMessage(), e);
        }
    }
}
