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
