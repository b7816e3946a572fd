package de.thinka.kompass.handover.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The secret address of a counsellor's subscribable calendar; replaced by a new one, or deleted to revoke. */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(name = CalendarFeed.BY_TOKEN, query = "select f from CalendarFeed f where f.token = :token")
public class CalendarFeed {

    public static final String BY_TOKEN = "CalendarFeed.byToken";

    @Id
    private String username;

    private String token;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected CalendarFeed() {
        // JPA
    }

    public CalendarFeed(String username, String token, Instant now) {
        this.username = username;
        this.token = token;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    /** A new secret; the old address stops working at once. */
    public void renew(String newToken, Instant now) {
        this.token = newToken;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public String username() {
        return username;
    }

    public String token() {
        return token;
    }
}
