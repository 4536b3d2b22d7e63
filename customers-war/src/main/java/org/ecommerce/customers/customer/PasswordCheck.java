package org.ecommerce.customers.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ecommerce.common.security.Usernames;

/**
 * A password checked against an account under the login throttle, the same way wherever a password is asked
 * for (login, a change of one's own password): the attempt counts before bcrypt runs, an unknown name costs what
 * a wrong password costs, and a match forgets the name's failures.
 */
@ApplicationScoped
public class PasswordCheck {

    @Inject
    CustomerRepository customers;

    @Inject
    PasswordHasher passwords;

    @Inject
    LoginThrottle throttle;

    /**
     * @param username the username as the client sent it, in any letter case
     * @param password the password it sent
     * @return the live account whose password this is; empty for a wrong password, an unknown or deleted account
     * @throws org.ecommerce.common.problem.Refusal throttled while the name has too many failures; unavailable
     *                                              while too many password checks run
     */
    public Optional<Customer> check(String username, String password) {
        String key = Usernames.fold(username);
        throttle.begin(key);
        Optional<Customer> account =
                Usernames.canExist(username) ? customers.findByUsername(username) : Optional.empty();
        if (!passwords.matches(password, account.map(Customer::passwordHash).orElse(null))) {
            return Optional.empty();
        }
        throttle.succeeded(key);
        return account;
    }
}
