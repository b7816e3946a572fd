package de.thinka.kompass.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A citizen booking online from their own address: the test domains trust X-Forwarded-For (system-tests.asadmin),
 * so each citizen has their own per-address limit, as people behind a reverse proxy would.
 */
final class Citizen {

    private final Kompass http;
    private final String address = "10." + ThreadLocalRandom.current().nextInt(256) + "."
            + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);
    /** A mailbox nobody else in the test run uses. */
    final String email = "buerger-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    Citizen() {
        this(Kompass.BASE_URL);
    }

    /** A citizen whose requests go to the given server, e.g. one instance of a cluster. */
    Citizen(String baseUrl) {
        http = Kompass.anonymous().at(baseUrl);
    }

    HttpResponse<String> get(String path) {
        return http.get(path);
    }

    HttpResponse<String> post(String path, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "X-Forwarded-For";
        all[1] = address;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.post(path, body, all);
    }

    /** Free start times (public search) of the office for the concern. */
    static List<JsonObject> slots(String office, String concern) {
        HttpResponse<String> response = Kompass.anonymous().get("/api/offices/" + office + "/slots?concern=" + concern);
        if (response.statusCode() != 200) {
            throw new AssertionError(response.statusCode() + " " + response.body());
        }
        return Kompass.object(response).getJsonArray("slots").getValuesAs(JsonObject.class);
    }

    /** Free start times as staff see them (any concern, from now on). */
    static List<JsonObject> staffSlots(Kompass staff, String office, String concern) {
        HttpResponse<String> response = staff.get("/api/offices/" + office + "/slots?scope=staff&concern=" + concern);
        if (response.statusCode() != 200) {
            throw new AssertionError(response.statusCode() + " " + response.body());
        }
        return Kompass.object(response).getJsonArray("slots").getValuesAs(JsonObject.class);
    }

    /** A free slot picked at random from the later half, so tests running one after another rarely meet. */
    static JsonObject someSlot(String office, String concern, int counsellors) {
        List<JsonObject> free = slots(office, concern).stream()
                .filter(slot -> counsellors == 0 || slot.getInt("counsellors") == counsellors).toList();
        if (free.isEmpty()) {
            throw new AssertionError("no free slot in " + office + " for " + concern);
        }
        return free.get(free.size() / 2 + ThreadLocalRandom.current().nextInt((free.size() + 1) / 2));
    }

    JsonObjectBuilder booking(String office, String concern, String start) {
        return Json.createObjectBuilder().add("office", office).add("concern", concern).add("start", start)
                .add("name", "Sonnenblume").add("email", email);
    }

    HttpResponse<String> book(JsonObjectBuilder booking) {
        return post("/api/bookings", booking.build().toString());
    }
}
