package de.thinka.kompass.office.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A room or desk visitors are called to ("Raum 2"); its code is unique within the office (value object). */
@Embeddable
public class Desk {

    @Column(name = "code")
    private String code;

    @Column(name = "name")
    private String name;

    @Column(name = "position")
    private int position;

    protected Desk() {
        // JPA
    }

    public Desk(String code, String name, int position) {
        this.code = code;
        this.name = name;
        this.position = position;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Desk that && Objects.equals(code, that.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
