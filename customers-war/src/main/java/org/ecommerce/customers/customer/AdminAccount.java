package org.ecommerce.customers.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ecommerce.api.validation.ValidPassword;
import org.ecommerce.common.security.Usernames;

/**
 * The first employee, from {@code ECOMMERCE_ADMIN_USERNAME} and {@code ECOMMERCE_ADMIN_PASSWORD}: created at
 * start-up when both are set and the username is free. Without them no employee exists until one is made
 * directly in the database, by design: no default credentials ship. When the username is already held by an
 * account that is not a live employee, the service refuses to start: anyone could have registered the
 * configured name as a customer before the first start, and skipping it quietly would leave the operator with
 * no employee and a stranger holding the name.
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
     * Creates the configured employee unless it exists already; the password of an existing account is never
     * changed. A username or password that breaks the registration rules is logged and creates nothing.
     *
     * @throws IllegalStateException when the username belongs to a customer or to a deleted account
     */
    @Transactional
    public void ensureConfiguredAdmin() {
        if (username.isEmpty() || password.isEmpty()) {
            LOG.info("No ECOMMERCE_ADMIN_USERNAME/ECOMMERCE_ADMIN_PASSWORD configured: no employee is created");
            return;
        }
        String name = username.get();
        if (!Usernames.canExist(name) || !ValidPassword.Validator.isValid(password.get())) {
            LOG.severe("ECOMMERCE_ADMIN_USERNAME must be 3 to 50 letters, digits or underscores and "
                    + "ECOMMERCE_ADMIN_PASSWORD 8 to 72 bytes with a letter and a digit: no employee is created");
            return;
        }
        Optional<Customer> existing = customers.findAnyByUsername(name);
        if (existing.isPresent()) {
            requireLiveEmployee(existing.get());
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
        } else {
            customers.findAnyByUsername(name).ifPresent(AdminAccount::requireLiveEmployee);
        }
    }

    static void requireLiveEmployee(Customer account) {
        if (account.role() != Role.EMP || account.isDeleted()) {
            String problem = "ECOMMERCE_ADMIN_USERNAME " + account.username() + " is held by "
                    + (account.isDeleted() ? "a deleted account" : "a customer account")
                    + ", not an employee: choose another name, or make that account an employee";
            LOG.severe(problem);
            throw new IllegalStateException(problem);
        }
    }
}
