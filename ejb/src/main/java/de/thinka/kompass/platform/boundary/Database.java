package de.thinka.kompass.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with Flyway when the application starts, before anything else touches the
 * database, on H2 and PostgreSQL alike. In demo mode the demo data location is migrated as well.
 * Across a cluster every instance runs this; Flyway's lock on its history table makes that safe.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = "jdbc/kompass")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "kompass.demo.enabled", defaultValue = "false")
    boolean demo;

    private volatile boolean migrated;
    private volatile String schemaVersion = "none";
    private volatile boolean postgresql;

    @jakarta.annotation.PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demo) {
            locations.add("classpath:db/demo");
        }
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load()
                .migrate();
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : currentVersion(result);
        postgresql = isPostgreSql(dataSource);
        migrated = true;
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now" + (demo ? ", demo data enabled" : "") + ")");
    }

    private static String currentVersion(MigrateResult result) {
        return result.initialSchemaVersion != null ? result.initialSchemaVersion : "none";
    }

    private static boolean isPostgreSql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("database metadata unreadable: " + e.getSQLState(), e);
        }
    }

    /** True on PostgreSQL (production, CI), false on H2 (the demo's embedded default). */
    public boolean isPostgreSql() {
        return postgresql;
    }

    /** True once the migrations have run. */
    public boolean isMigrated() {
        return migrated;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    /** True when the database answers within the given seconds. */
    public boolean answers(int timeoutSeconds) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(timeoutSeconds);
        } catch (SQLException e) {
            LOG.warning(() -> "Database does not answer: " + e.getSQLState());
            return false;
        }
    }
}
