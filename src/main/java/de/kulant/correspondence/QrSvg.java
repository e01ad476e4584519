package de.kulant.correspondence;

import com.google.zxing.common.BitMatrix;
import de.kulant.correspondence.internal.QrCodes;

/** A QR code as inline SVG for a web page: one path of dark squares, a four-module quiet zone, no script, no request. */
public final class QrSvg {

    private QrSvg() {
    }

    /** The SVG element; {@code label} names it for screen readers. Payload and label are escaped. */
    public static String of(String payload, String label) {
        BitMatrix matrix = QrCodes.matrix(payload);
        int modules = matrix.getWidth();
        int side = modules + 8;
        StringBuilder path = new StringBuilder();
        for (QrCodes.Run run : QrCodes.darkRuns(matrix)) {
            int length = run.to() - run.from();
            path.append('M').append(run.from() + 4).append(' ').append(run.row() + 4).append('h').append(length)
                    .append("v1h-").append(length).append('z');
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " + side + "\" role=\"img\" "
                + "aria-label=\"" + escape(label) + "\" shape-rendering=\"crispEdges\"><rect width=\"" + side
                + "\" height=\"" + side + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
