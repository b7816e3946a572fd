package de.thinka.kompass.staff.control;

import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.staff.entity.Role;
import de.thinka.kompass.staff.entity.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A fresh production installation has no accounts. When no active administrator exists and the operator
 * has configured {@code kompass.bootstrap-admin.password} (environment variable
 * {@code KOMPASS_BOOTSTRAP_ADMIN_PASSWORD} or a password alias), the first administrator is created with
 * access to every office. Once an administrator exists the setting is ignored and should be removed.
 */
@Singleton
@Startup
@DependsOn("Database")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    @ConfigProperty(name = "kompass.bootstrap-admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "kompass.bootstrap-admin.password")
    Optional<String> password;

    @PostConstruct
    void createIfNoneExists() {
        if (password.isEmpty() || password.get().isBlank()) {
            return;
        }
        long administrators = em.createQuery("select count(s) from StaffAccount s join s.roles r"
                + " where r = :admin and s.active = true", Long.class).setParameter("admin", Role.ADMIN).getSingleResult();
        if (administrators > 0) {
            LOG.info("An administrator exists; kompass.bootstrap-admin.password is ignored and can be removed.");
            return;
        }
        if (password.get().length() < PasswordHashing.MINIMUM_LENGTH) {
            LOG.warning("kompass.bootstrap-admin.password is shorter than " + PasswordHashing.MINIMUM_LENGTH
                    + " characters; no administrator created.");
            return;
        }
        Set<String> allOffices = em.createQuery("select o from Office o", Office.class).getResultStream()
                .map(Office::id).collect(Collectors.toSet());
        em.persist(new StaffAccount(username, "Verwaltung", passwords.hash(password.get()), Set.of(Role.ADMIN), allOffices));
        LOG.info("First administrator account created.");
    }
}
