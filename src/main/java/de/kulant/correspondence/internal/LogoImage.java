package de.kulant.correspondence.internal;

import de.kulant.platform.InputCheck;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A letterhead logo as uploaded: checked before it is decoded (a PNG, at most {@link #MAX_BYTES}, its pixel size read
 * from the header, so a small file that would decode to gigabytes is refused at once), then scaled once to fit the
 * letterhead and written anew, which also drops whatever else the file carried.
 */
public final class LogoImage {

    public static final int MAX_BYTES = 200 * 1024;
    static final int MAX_SIDE = 4096;
    static final long MAX_PIXELS = 4_000_000;
    static final int FIT_WIDTH = 800;
    static final int FIT_HEIGHT = 300;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private LogoImage() {
    }

    /** The logo to store, scaled to fit the letterhead; null with a violation on {@code check} when refused. */
    public static byte[] checkedAndScaled(String field, byte[] png, InputCheck check) {
        if (png.length > MAX_BYTES || !isPng(png)) {
            check.violation(field, "must be a PNG image of at most 200 KB");
            return null;
        }
        if (!withinLimits(png)) {
            long width = unsigned(png, 16);
            long height = unsigned(png, 20);
            check.violation(field, "is " + width + " × " + height + " pixels; a logo may have at most " + MAX_SIDE
                    + " pixels a side and " + MAX_PIXELS + " in all");
            return null;
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            check.violation(field, "is not a readable PNG image");
            return null;
        }
        return encode(fit(image));
    }

    /** Whether a stored logo is within the limits (one stored before they were checked may not be). */
    public static boolean withinLimits(byte[] png) {
        if (png.length > MAX_BYTES || !isPng(png)) {
            return false;
        }
        long width = unsigned(png, 16);
        long height = unsigned(png, 20);
        return width > 0 && height > 0 && width <= MAX_SIDE && height <= MAX_SIDE && width * height <= MAX_PIXELS;
    }

    private static boolean isPng(byte[] bytes) {
        if (bytes.length < 33) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (bytes[i] != SIGNATURE[i]) {
                return false;
            }
        }
        // the first chunk must be IHDR, which holds width and height
        return bytes[12] == 'I' && bytes[13] == 'H' && bytes[14] == 'D' && bytes[15] == 'R';
    }

    private static long unsigned(byte[] bytes, int at) {
        return ((bytes[at] & 0xFFL) << 24) | ((bytes[at + 1] & 0xFFL) << 16) | ((bytes[at + 2] & 0xFFL) << 8)
                | (bytes[at + 3] & 0xFFL);
    }

    private static BufferedImage fit(BufferedImage image) {
        double scale = Math.min(1.0, Math.min((double) FIT_WIDTH / image.getWidth(), (double) FIT_HEIGHT / image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var graphics = scaled.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return scaled;
    }

    private static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
