package de.thinka.kompass.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Bodies that may be left out: "POST /api/tickets/7/start" needs none, while a transfer carries a target.
 * An empty body gives the default; anything else must be the expected JSON (else 400, via the mappers).
 */
public final class JsonBody {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonBody() {
    }

    public static <T> T optional(String body, Class<T> type, T whenEmpty) {
        if (body == null || body.isBlank()) {
            return whenEmpty;
        }
        T value = JSONB.fromJson(body, type);
        return value == null ? whenEmpty : value;
    }
}
