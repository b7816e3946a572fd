package de.thinka.kompass.staff.boundary;

import de.thinka.kompass.staff.entity.LoginFailures;
import de.thinka.kompass.staff.entity.LoginFailures.ThrottleRules;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Login throttling (decision 0010): after {@code kompass.login.max-failures} failed logins within
 * {@code kompass.login.failure-window} an account, and after {@code kompass.login.max-failures-per-address} a
 * client address, is refused for
 * {@code kompass.login.block} without any password check. Counted in the database, so every instance of a
 * cluster sees the same counts; account names and addresses are stored only as SHA-256 hashes.
 */
@Stateless
public class LoginThrottle {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "kompass.login.max-failures", defaultValue = "5")
    int maxFailures;

    /** Higher than per account: all desks of an office usually share one address, and one typo must not lock all. */
    @Inject
    @ConfigProperty(name = "kompass.login.max-failures-per-address", defaultValue = "20")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "kompass.login.failure-window", defaultValue = "PT15M")
    Duration window;

    @Inject
    @ConfigProperty(name = "kompass.login.block", defaultValue = "PT15M")
    Duration block;

    /** How long logins for this account or from this address are still refused (the longer of both), if at all. */
    public Optional<Duration> blockedFor(String account, String address) {
        Instant now = clock.instant();
        return subjects(account, address).stream().map(subject -> em.find(LoginFailures.class, subject))
                .filter(Objects::nonNull).map(failures -> failures.blockedFor(now)).flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
    }

    /** Counts a failed login for the account and the address; forgets rows whose window and block are over. */
    public void failed(String account, String address) {
        Instant now = clock.instant();
        ThrottleRules rules = new ThrottleRules(Math.max(1, maxFailures), window, block);
        ThrottleRules addressRules = new ThrottleRules(Math.max(1, maxFailuresPerAddress), window, block);
        List<String> subjects = subjects(account, address);
        for (String subject : subjects) {
            LoginFailures failures = em.find(LoginFailures.class, subject, LockModeType.PESSIMISTIC_WRITE);
            if (failures == null) {
                failures = new LoginFailures(subject, now);
                em.persist(failures);
            }
            failures.failed(now, subject.equals(subjects.get(0)) ? rules : addressRules);
        }
        em.createQuery("select f from LoginFailures f where f.windowStart < :windowStart", LoginFailures.class)
                .setParameter("windowStart", now.minus(window).atOffset(ZoneOffset.UTC)).getResultStream()
                .filter(old -> old.expired(now, rules)).forEach(em::remove);
    }

    /** A successful login clears the account's count (not the address's: others may be guessing from there). */
    public void succeeded(String account) {
        LoginFailures failures = em.find(LoginFailures.class, hash("account:" + normalised(account)));
        if (failures != null && failures.blockedFor(clock.instant()).isEmpty()) {
            em.remove(failures);
        }
    }

    private static List<String> subjects(String account, String address) {
        return List.of(hash("account:" + normalised(account)), hash("address:" + address));
    }

    private static String normalised(String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }

    static String hash(String subject) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }
}
