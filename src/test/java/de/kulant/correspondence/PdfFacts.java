package de.kulant.correspondence;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader, a banking app and a PDF/A validator find in a generated PDF. */
public record PdfFacts(String text, int pages, String qrPayload, List<String> fonts, List<String> fontsNotEmbedded,
                       String xmp, int outputIntents, String outputIntentInfo) {

    /** The fields of an EPC QR payload, by their meaning. */
    public record Epc(String serviceTag, String version, String encoding, String identification, String bic,
                      String name, String iban, String amount, String purpose, String reference, String text) {

        public static Epc parse(String payload) {
            List<String> lines = new ArrayList<>(List.of(payload.split("\n", -1)));
            while (lines.size() < 11) {
                lines.add("");
            }
            return new Epc(lines.get(0), lines.get(1), lines.get(2), lines.get(3), lines.get(4), lines.get(5),
                    lines.get(6), lines.get(7), lines.get(8), lines.get(9), lines.get(10));
        }
    }

    public static PdfFacts of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replace('\u202f', ' ');
            List<String> fonts = new ArrayList<>();
            List<String> notEmbedded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName());
                    if (!font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
            var catalog = document.getDocumentCatalog();
            String xmp = catalog.getMetadata() == null ? null : new String(catalog.getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            var intents = catalog.getOutputIntents();
            String info = intents.isEmpty() ? null : intents.get(0).getOutputConditionIdentifier() + " / "
                    + intents.get(0).getInfo() + " / " + (intents.get(0).getDestOutputIntent() != null);
            return new PdfFacts(text, document.getNumberOfPages(), qr(document), fonts, notEmbedded, xmp,
                    intents.size(), info);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Epc epc() {
        return qrPayload == null ? null : Epc.parse(qrPayload);
    }

    /** Every QR code on every page, as a phone camera would read them one by one, top to bottom. */
    public static List<String> qrPayloads(byte[] pdf) {
        List<String> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 200);
                try {
                    Result[] results = new com.google.zxing.multi.qrcode.QRCodeMultiReader().decodeMultiple(
                            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                            Map.of(DecodeHintType.TRY_HARDER, true, DecodeHintType.CHARACTER_SET, "UTF-8"));
                    java.util.Arrays.stream(results).sorted(java.util.Comparator.comparingDouble(
                            (Result r) -> r.getResultPoints()[0].getY()).thenComparingDouble(
                            r -> r.getResultPoints()[0].getX())).forEach(r -> found.add(r.getText()));
                } catch (NotFoundException e) {
                    // no code on this page
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The QR code as a phone camera would read it: the page at 200 dpi, decoded with ZXing. */
    private static String qr(PDDocument document) throws IOException {
        PDFRenderer renderer = new PDFRenderer(document);
        for (int page = 0; page < document.getNumberOfPages(); page++) {
            BufferedImage image = renderer.renderImageWithDPI(page, 200);
            try {
                Result result = new QRCodeReader().decode(
                        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                        Map.of(DecodeHintType.TRY_HARDER, true, DecodeHintType.CHARACTER_SET, "UTF-8",
                                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)));
                return result.getText();
            } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
                // not on this page
            }
        }
        return null;
    }
}
