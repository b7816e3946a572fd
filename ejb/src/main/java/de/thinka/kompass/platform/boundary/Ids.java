package de.thinka.kompass.platform.boundary;

import java.util.regex.Pattern;

/**
 * Ids of offices, desks and concerns are short slugs ("arnstadt", "schulden"). Anything else can name nothing, so
 * it is answered as unknown without asking the database, which would refuse some of it (PostgreSQL: a NUL byte)
 * with an error instead of an empty answer.
 */
public final class Ids {

    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private Ids() {
    }

    public static boolean plausible(String id) {
        return id != null && SLUG.matcher(id).matches();
    }
}
