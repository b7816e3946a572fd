package de.thinka.kompass.office.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Duration;
import java.util.Locale;

/** A concern category ("Problemlage") a visitor comes with, e.g. debt or letters from authorities. */
@Entity
@Cacheable
@Table(name = "concern")
@NamedQuery(name = Concern.ACTIVE, query = "select c from Concern c where c.active = true order by c.position")
@NamedQuery(name = Concern.ALL, query = "select c from Concern c order by c.position")
public class Concern {

    public static final String ACTIVE = "Concern.active";
    public static final String ALL = "Concern.all";

    @Id
    private String id;

    @Column(name = "name_de")
    private String nameDe;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Column(name = "bookable_online")
    private boolean bookableOnline;

    private int position;

    private boolean active;

    protected Concern() {
        // JPA
    }

    public Concern(String id, int position, String nameDe, String nameEn, Duration duration, boolean bookableOnline) {
        this.id = id;
        this.position = position;
        this.active = true;
        change(nameDe, nameEn, duration, bookableOnline, true);
    }

    /** New names, duration and online booking; an inactive concern is no longer offered anywhere. */
    public void change(String nameDe, String nameEn, Duration duration, boolean bookableOnline, boolean active) {
        this.nameDe = nameDe;
        this.nameEn = nameEn;
        this.durationMinutes = (int) duration.toMinutes();
        this.bookableOnline = bookableOnline;
        this.active = active;
    }

    public int position() {
        return position;
    }

    public String id() {
        return id;
    }

    public String nameDe() {
        return nameDe;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The name in the reader's language: English for English readers, German for everyone else. */
    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameDe;
    }

    /** How long a talk about this concern is planned for. */
    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public boolean bookableOnline() {
        return bookableOnline;
    }

    public boolean active() {
        return active;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Concern concern && id != null && id.equals(concern.id);
    }

    @Override
    public int hashCode() {
        return Concern.class.hashCode();
    }
}
