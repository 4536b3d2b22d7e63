package org.ecommerce.customers.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ecommerce.api.customers.LoginRequest;
import org.ecommerce.api.customers.ServiceTokenRequest;
import org.ecommerce.api.customers.TokenView;
import org.ecommerce.common.problem.Refusal;
import org.ecommerce.common.security.Roles;
import org.ecommerce.common.web.RequestId;
import org.ecommerce.customers.customer.Customer;
import org.ecommerce.customers.customer.CustomerRepository;
import org.ecommerce.customers.customer.PasswordHasher;

/** Password login of customers and employees, and client-credentials login of the other services. */
@ApplicationScoped
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());
    private static final String BAD_CREDENTIALS = "The username or password is wrong.";

    @Inject
    CustomerRepository customers;

    @Inject
    PasswordHasher passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    TokenIssuer tokens;

    @Inject
    @ConfigProperty(name = "ecommerce.service.secret")
    Optional<String> serviceSecret;

    /**
     * A token for the account, or 401 for an unknown username or a wrong password alike (same answer, same
     * time), or 429 while the username is throttled. A failure is recorded even though the answer is an error,
     * hence the transaction is kept on 401.
     *
     * @param request the credentials; the username in any letter case
     * @return a bearer token with {@code sub} the customer id, {@code upn} the username as registered and
     *         {@code groups} the account's role
     * @throws Refusal throttled with {@code Retry-After} while the username is throttled, even with the right
     *                 password; unauthenticated for an unknown or deleted account or a wrong password
     */
    @Transactional(dontRollbackOn = Refusal.class)
    public TokenView login(LoginRequest request) {
        OptionalLong wait = throttle.retryAfter(request.username());
        if (wait.isPresent()) {
            throw Refusal.throttled("Too many failed logins for this username; try again later.", wait.getAsLong());
        }
        Optional<Customer> customer = customers.findByUsername(request.username());
        if (!passwords.matches(
                request.password(), customer.map(Customer::passwordHash).orElse(null))) {
            throttle.recordFailure(request.username());
            LOG.info(() -> "Failed login for " + request.username().replaceAll("[^A-Za-z0-9_]", "?") + " [request "
                    + RequestId.current() + "]");
            throw Refusal.unauthenticated(BAD_CREDENTIALS);
        }
        Customer account = customer.get();
        throttle.clear(request.username());
        String token = tokens.issue(
                account.id().toString(), account.username(), account.role().value());
        return new TokenView(token, "Bearer", tokens.lifetimeSeconds());
    }

    /**
     * A token of group {@code service} for a service that knows the shared service secret. The secret is
     * compared in constant time.
     *
     * @param request the service's name, which becomes {@code upn} (and {@code sub} as {@code service:<name>}),
     *                and the secret
     * @return a bearer token of group {@code service}
     * @throws Refusal unauthenticated when the secret is wrong or no {@code ecommerce.service.secret} is configured
     */
    public TokenView serviceLogin(ServiceTokenRequest request) {
        String expected = serviceSecret.orElse("");
        // Constant-time comparison: the secret must not leak through timing.
        boolean matches = !expected.isEmpty()
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8),
                        request.secret().getBytes(StandardCharsets.UTF_8));
        if (!matches) {
            LOG.warning(() ->
                    "Refused a service token for " + request.service() + " [request " + RequestId.current() + "]");
            throw Refusal.unauthenticated("The service credentials are wrong.");
        }
        String token = tokens.issue("service:" + request.service(), request.service(), Roles.SERVICE);
        return new TokenView(token, "Bearer", tokens.lifetimeSeconds());
    }
}
