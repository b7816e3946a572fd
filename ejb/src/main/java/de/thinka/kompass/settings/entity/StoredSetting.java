package de.thinka.kompass.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A setting's value as ADMIN set it on the settings page; wins over the MicroProfile Config value. */
@Entity
@Table(name = "app_setting")
public class StoredSetting {

    @Id
    private String name;

    @Column(name = "setting_value")
    private String value;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    protected StoredSetting() {
        // JPA
    }

    public StoredSetting(String name, String value, Instant now) {
        this.name = name;
        this.value = value;
        this.changedAt = now.atOffset(ZoneOffset.UTC);
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    public Instant changedAt() {
        return changedAt.toInstant();
    }

    /** Takes the new value; unchanged values keep their time. */
    public void change(String newValue, Instant now) {
        if (!newValue.equals(value)) {
            this.value = newValue;
            this.changedAt = now.atOffset(ZoneOffset.UTC);
        }
    }
}
