package de.thinka.kompass.handover.entity;

/** What the client may agree to share with the partner, item by item. */
public enum ConsentItem {
    NAME, PHONE, EMAIL, CONCERN, NOTE
}
