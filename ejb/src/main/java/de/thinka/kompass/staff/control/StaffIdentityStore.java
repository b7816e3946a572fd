package de.thinka.kompass.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Staff log in against the accounts in the database; passwords are PBKDF2 hashes. The iteration count
 * here applies to new hashes; stored hashes carry their own parameters. A check costs about 60 ms of CPU,
 * so the web module keeps the login in the session instead of checking on every request.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/kompass",
        callerQuery = "select password_hash from staff_account where username = ? and active = true",
        groupsQuery = "select role from staff_role where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                "Pbkdf2PasswordHash.Iterations=210000",
                "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes=32",
                "Pbkdf2PasswordHash.KeySizeBytes=32"
        })
public class StaffIdentityStore {
}
