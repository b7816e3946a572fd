package de.thinka.kompass.handover.entity;

/** What kind of help a partner agency offers; the web module names them in German and English. */
public enum PartnerType {
    DEBT_COUNSELLING, JOB_CENTRE, ADDICTION, MIGRATION, HOUSING_EMERGENCY, SOCIAL_PSYCHIATRY, FAMILY_COUNSELLING,
    OTHER
}
