package de.thinka.kompass.appointment.entity;

/** Why a counsellor is away; only the kind is kept, never a diagnosis. */
public enum AbsenceKind { HOLIDAY, SICKNESS, OTHER }
