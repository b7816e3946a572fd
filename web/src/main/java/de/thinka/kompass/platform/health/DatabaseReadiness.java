package de.thinka.kompass.platform.health;

import de.thinka.kompass.platform.boundary.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and its schema has been migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    Database database;

    @Override
    public HealthCheckResponse call() {
        try {
            return check();
        } catch (RuntimeException starting) {
            // while the application starts its EJB container answers "Initializing": not ready yet, not a 500
            return HealthCheckResponse.named("database").down().withData("starting", true).build();
        }
    }

    private HealthCheckResponse check() {
        boolean migrated = database.isMigrated();
        boolean answers = database.answers(2);
        return HealthCheckResponse.named("database")
                .status(migrated && answers)
                .withData("migrated", migrated)
                .withData("answers", answers)
                .withData("schemaVersion", database.schemaVersion())
                .build();
    }
}
