package de.thinka.kompass.office.control;

import java.text.Normalizer;
import java.util.Locale;

/** A readable id from a name: "Überforderung mit Ämtern" becomes "ueberforderung-mit-aemtern". */
public final class Slug {

    private Slug() {
    }

    public static String of(String name, int maxLength) {
        String german = name.strip().toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String ascii = Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = slug.length() > maxLength ? slug.substring(0, maxLength).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "x" : slug;
    }
}
