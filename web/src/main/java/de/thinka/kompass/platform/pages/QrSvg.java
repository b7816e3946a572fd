package de.thinka.kompass.platform.pages;

import io.nayuki.qrcodegen.QrCode;

/** A QR code as inline SVG path data (drawn by io.nayuki:qrcodegen), for pages that print or show one. */
public record QrSvg(int size, String path) {

    private static final int BORDER = 2;

    public static QrSvg of(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return new QrSvg(qr.size + BORDER * 2, path.toString());
    }
}
