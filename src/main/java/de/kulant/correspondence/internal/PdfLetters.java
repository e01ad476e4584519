package de.kulant.correspondence.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/**
 * Turns letter XHTML into PDF/A-2b: Liberation Sans embedded (subset), an sRGB output intent, XMP metadata
 * from the document's title, and the EPC QR code drawn as vectors.
 */
@Component
public class PdfLetters {

    public static final String FONT = "Liberation Sans";

    private final byte[] regular = resource("liberation/LiberationSans-Regular.ttf");
    private final byte[] bold = resource("liberation/LiberationSans-Bold.ttf");
    private final byte[] italic = resource("liberation/LiberationSans-Italic.ttf");
    private final byte[] colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** A rendered PDF and its number of pages. */
    public record Pdf(byte[] bytes, int pages) {
    }

    public Pdf render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(EpcQrDrawer.TYPE, new EpcQrDrawer());
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B)
                .useColorProfile(colorProfile)
                .useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(italic), FONT, 400, FontStyle.ITALIC, true)
                .useObjectDrawerFactory(drawers)
                .withProducer("Kulant")
                .withHtmlContent(xhtml, null)
                .toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        return new Pdf(bytes, pages(bytes));
    }

    private static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfLetters.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
