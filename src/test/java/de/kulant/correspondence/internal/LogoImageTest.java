package de.kulant.correspondence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.platform.InputCheck;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

public class LogoImageTest {

    /** A PNG header claiming {@code width} × {@code height} pixels, with a tiny image data chunk: an image bomb. */
    public static byte[] bomb(int width, int height) {
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(png, "IDAT", new byte[0]);
        chunk(png, "IEND", new byte[0]);
        return png.array();
    }

    private static void chunk(ByteBuffer png, String type, byte[] data) {
        png.putInt(data.length).put(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        crc.update(data);
        png.putInt((int) crc.getValue());
    }

    public static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void refusesASmallFileThatWouldDecodeToGigabytesWithoutDecodingIt() {
        InputCheck check = new InputCheck();

        byte[] stored = LogoImage.checkedAndScaled("logo", bomb(40_000, 40_000), check);

        assertThat(stored).isNull();
        assertThat(check.violations().get(0).message()).contains("40000 × 40000 pixels");
        assertThat(LogoImage.withinLimits(bomb(40_000, 40_000))).isFalse();
    }

    @Test
    void scalesALargeLogoOnceToFitTheLetterhead() throws Exception {
        InputCheck check = new InputCheck();

        byte[] stored = LogoImage.checkedAndScaled("logo", png(2000, 1000), check);

        assertThat(check.isValid()).isTrue();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(image.getWidth()).isEqualTo(600);
        assertThat(image.getHeight()).isEqualTo(300);
        assertThat(LogoImage.withinLimits(stored)).isTrue();
    }

    @Test
    void keepsASmallLogoAtItsSizeAndRefusesWhatIsNoPng() throws Exception {
        InputCheck check = new InputCheck();
        byte[] stored = LogoImage.checkedAndScaled("logo", png(120, 40), check);
        assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(120);

        LogoImage.checkedAndScaled("logo", "GIF89a".getBytes(), check);
        assertThat(check.violations()).extracting(v -> v.message()).containsExactly("must be a PNG image of at most 200 KB");
    }
}
