package de.thinka.kompass.privacy.api;

import de.thinka.kompass.privacy.boundary.SubjectRecords;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import java.time.LocalDate;
import java.time.ZoneId;

/** The export of a data subject's records as a UTF-8 JSON document, the same for the page and the API. */
public final class SubjectJson {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    private SubjectJson() {
    }

    public static String of(SubjectRecords records) {
        return JSON.toJson(records);
    }

    /** e.g. {@code kompass-auskunft-2026-11-25.json} */
    public static String fileName(SubjectRecords records) {
        return "kompass-auskunft-" + LocalDate.ofInstant(records.compiledAt(), ZoneId.of("Europe/Berlin")) + ".json";
    }
}
