package de.thinka.kompass.platform.pages;

import jakarta.servlet.http.HttpServletRequest;

/** Absolute addresses of our own pages as the visitor reached us, for QR codes and links to keep. */
public final class Addresses {

    private Addresses() {
    }

    public static String absolute(HttpServletRequest request, String path) {
        int port = request.getServerPort();
        boolean standard = port == 80 && "http".equals(request.getScheme()) || port == 443 && "https".equals(request.getScheme());
        return request.getScheme() + "://" + request.getServerName() + (standard ? "" : ":" + port)
                + request.getContextPath() + path;
    }
}
