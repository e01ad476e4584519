package de.kulant.correspondence.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerFactory;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Turns letter XHTML into PDF/A-2b: Liberation Sans embedded (subset), an sRGB output intent, XMP metadata
 * from the document's title, and the EPC QR code drawn as vectors. Each thread keeps its parsed fonts.
 */
@Component
public class PdfLetters {

    public static final String FONT = "Liberation Sans";

    static {
        // openhtmltopdf reports every page it lays out at INFO; only its warnings matter
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
        // every letter asks JAXP for factories (xmpbox for the PDF/A metadata, openhtmltopdf for its parser); unpinned,
        // each request scans every jar's service files and may build whatever factory a library brought along
        pin("javax.xml.transform.TransformerFactory", TransformerFactory.newDefaultInstance());
        pin("javax.xml.parsers.SAXParserFactory", SAXParserFactory.newDefaultInstance());
        pin("javax.xml.parsers.DocumentBuilderFactory", DocumentBuilderFactory.newDefaultInstance());
    }

    /** Names the JDK's own factory for a JAXP interface, unless the installation chose one. */
    private static void pin(String property, Object factory) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, factory.getClass().getName());
        }
    }

    // PDFBox runs a regular expression per line of text for a font's GSUB ligatures, costing more than the rest
    private static final Set<String> UNUSED_TABLES = Set.of("GSUB", "GPOS", "GDEF");
    private static final byte[] REGULAR = withoutTables(resource("liberation/LiberationSans-Regular.ttf"));
    private static final byte[] BOLD = withoutTables(resource("liberation/LiberationSans-Bold.ttf"));
    private static final byte[] ITALIC = withoutTables(resource("liberation/LiberationSans-Italic.ttf"));

    private final byte[] colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private final ThreadLocal<Fonts> fonts = ThreadLocal.withInitial(Fonts::parse);

    /** A rendered PDF and its number of pages. */
    public record Pdf(byte[] bytes, int pages) {
    }

    /** The parsed fonts of one thread; fontbox reads them without locking, so threads do not share them. */
    private record Fonts(TrueTypeFont regular, TrueTypeFont bold, TrueTypeFont italic) {
        static Fonts parse() {
            return new Fonts(ttf(REGULAR), ttf(BOLD), ttf(ITALIC));
        }

        private static TrueTypeFont ttf(byte[] bytes) {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public Pdf render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Fonts font = fonts.get();
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(EpcQrDrawer.TYPE, new EpcQrDrawer());
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(document)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B)
                    .useColorProfile(colorProfile)
                    .useFont(new LazyFont(document, font.regular()), FONT, 400, FontStyle.NORMAL, true)
                    .useFont(new LazyFont(document, font.bold()), FONT, 700, FontStyle.NORMAL, true)
                    .useFont(new LazyFont(document, font.italic()), FONT, 400, FontStyle.ITALIC, true)
                    .useObjectDrawerFactory(drawers)
                    .withProducer("Kulant")
                    .withHtmlContent(xhtml, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                PDDocument written = renderer.createPDFKeepOpen();
                int pages = written.getNumberOfPages();
                written.save(out);
                return new Pdf(out.toByteArray(), pages);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A font embedded only when the layout first asks for it: every embedded font is subset when the PDF is saved, and
     * most letters use no italic.
     */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument document;
        private final TrueTypeFont font;
        private PDFont loaded;

        LazyFont(PDDocument document, TrueTypeFont font) {
            super(null);
            this.document = document;
            this.font = font;
        }

        @Override
        public PDFont supply() {
            if (loaded == null) {
                try {
                    loaded = PDType0Font.load(document, font, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return loaded;
        }
    }

    /** The TrueType font without the given tables: the table directory is written anew, the tables kept as they are. */
    static byte[] withoutTables(byte[] ttf) {
        ByteBuffer in = ByteBuffer.wrap(ttf);
        int version = in.getInt(0);
        int count = Short.toUnsignedInt(in.getShort(4));
        List<int[]> kept = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int record = 12 + 16 * i;
            String tag = new String(ttf, record, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (!UNUSED_TABLES.contains(tag)) {
                kept.add(new int[] {in.getInt(record), in.getInt(record + 4), in.getInt(record + 8), in.getInt(record + 12)});
            }
        }
        int headerSize = 12 + 16 * kept.size();
        int size = headerSize;
        for (int[] table : kept) {
            size += (table[3] + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(kept.size());
        out.putInt(version).putShort((short) kept.size()).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (kept.size() * 16 - power * 16));
        int offset = headerSize;
        for (int[] table : kept) {
            out.putInt(table[0]).putInt(table[1]).putInt(offset).putInt(table[3]);
            offset += (table[3] + 3) & ~3;
        }
        for (int[] table : kept) {
            out.put(ttf, table[2], table[3]);
            out.position((out.position() + 3) & ~3);
        }
        return out.array();
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
