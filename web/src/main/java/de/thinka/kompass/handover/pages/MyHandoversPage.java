package de.thinka.kompass.handover.pages;

import de.thinka.kompass.handover.boundary.HandoverDesk;
import de.thinka.kompass.handover.boundary.HandoverFacts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** "Meine Übergaben": the counsellor's handovers with their state; the partner's answers appear by themselves. */
@Named
@RequestScoped
public class MyHandoversPage {

    @Inject
    HandoverDesk desk;

    private List<HandoverFacts> handovers;

    public List<HandoverFacts> getHandovers() {
        if (handovers == null) {
            handovers = desk.mine();
        }
        return handovers;
    }
}
