package org.ecommerce.customers.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ecommerce.api.validation.ValidPassword;

/**
 * The first employee, from {@code ECOMMERCE_ADMIN_USERNAME} and {@code ECOMMERCE_ADMIN_PASSWORD}: created at
 * start-up when both are set and the username is free. Without them no employee exists until one is made
 * directly in the database, by design: no default credentials ship.
 */
@ApplicationScoped
public class AdminAccount {

    private static final Logger LOG = Logger.getLogger(AdminAccount.class.getName());

    @Inject
    @ConfigProperty(name = "ecommerce.admin.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "ecommerce.admin.password")
    Optional<String> password;

    @Inject
    CustomerRepository customers;

    @Inject
    PasswordHasher passwords;

    /**
     * Creates the configured employee unless its username is already taken (by anyone, deleted accounts
     * included); the password of an existing account is never changed. A username or password that breaks the
     * registration rules is logged and creates nothing, rather than stopping the service.
     */
    @Transactional
    public void ensureConfiguredAdmin() {
        if (username.isEmpty() || password.isEmpty()) {
            LOG.info("No ECOMMERCE_ADMIN_USERNAME/ECOMMERCE_ADMIN_PASSWORD configured: no employee is created");
            return;
        }
        String name = username.get();
        if (!name.matches("[A-Za-z0-9_]{3,50}") || !ValidPassword.Validator.isValid(password.get())) {
            LOG.severe("ECOMMERCE_ADMIN_USERNAME must be 3 to 50 letters, digits or underscores and "
                    + "ECOMMERCE_ADMIN_PASSWORD 8 to 72 bytes with a letter and a digit: no employee is created");
            return;
        }
        if (customers.usernameTaken(name)) {
            return;
        }
        Customer admin = new Customer(
                name,
                new Customer.Profile("Administrator", 18, "-", "-", "-"),
                passwords.hash(password.get()),
                Role.EMP);
        // Another instance starting at the same moment may create it first; then this one adds nothing.
        if (customers.addUnlessUsernameTaken(admin)) {
            LOG.info(() -> "Created the configured employee " + name);
        }
    }
}
