package de.kulant.correspondence.internal;

import com.google.zxing.common.BitMatrix;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Draws {@code <object type="image/x-epc-qr" data-payload="...">} as vector squares: sharp at any print size.
 * The payload is Base64 because XML turns the line breaks of an attribute into spaces.
 */
final class EpcQrDrawer implements FSObjectDrawer {

    static final String TYPE = "image/x-epc-qr";

    static String attribute(String payload) {
        return Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Map<Shape, String> drawObject(Element element, double x, double y, double width, double height,
                                         OutputDevice outputDevice, RenderingContext context, int dotsPerPixel) {
        BitMatrix matrix = QrCodes.matrix(new String(Base64.getDecoder().decode(element.getAttribute("data-payload")),
                StandardCharsets.UTF_8));
        int modules = matrix.getWidth();
        outputDevice.drawWithGraphics((float) x, (float) y, (float) width / dotsPerPixel, (float) height / dotsPerPixel,
                graphics -> {
                    double side = Math.min(width, height) / dotsPerPixel;
                    double cell = side / modules;
                    graphics.setColor(Color.BLACK);
                    Path2D.Double dark = new Path2D.Double();
                    // one rectangle per run of dark modules, all filled as one path so that rows show no seam
                    for (QrCodes.Run run : QrCodes.darkRuns(matrix)) {
                        dark.append(new Rectangle2D.Double(run.from() * cell, run.row() * cell,
                                (run.to() - run.from()) * cell, cell), false);
                    }
                    graphics.fill(dark);
                });
        return null;
    }
}
