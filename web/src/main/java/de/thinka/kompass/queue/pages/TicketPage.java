package de.thinka.kompass.queue.pages;

import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.pages.Addresses;
import de.thinka.kompass.platform.pages.QrSvg;
import de.thinka.kompass.queue.boundary.PublicQueue;
import de.thinka.kompass.queue.boundary.TicketStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/**
 * The visitor's own ticket page /t/{token}: works without JavaScript (the server renders the current state),
 * updates itself live with it. With ?drucken it is the printable ticket with a QR code of its own address.
 */
@Named
@RequestScoped
public class TicketPage {

    @Inject
    PublicQueue publicQueue;

    @Inject
    FacesContext faces;

    private TicketStatus status;
    private String token;

    public void load() throws IOException {
        ExternalContext external = faces.getExternalContext();
        token = external.getRequestParameterMap().get("token");
        try {
            status = publicQueue.status(token);
        } catch (BusinessException unknown) {
            external.responseSendError(404, "unknown ticket");
            faces.responseComplete();
        }
    }

    public TicketStatus getStatus() {
        return status;
    }

    public String getToken() {
        return token;
    }

    public boolean isPrint() {
        return faces.getExternalContext().getRequestParameterMap().containsKey("drucken");
    }

    /** The ticket's own address, absolute, for the QR code and for typing. */
    public String getAddress() {
        return Addresses.absolute((HttpServletRequest) faces.getExternalContext().getRequest(), "/t/" + token);
    }

    /** The QR code as inline SVG path data (drawn by io.nayuki:qrcodegen). */
    public QrSvg getQr() {
        return QrSvg.of(getAddress());
    }
}
