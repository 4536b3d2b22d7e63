package org.ecommerce.customers.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.ecommerce.api.customers.LoginRequest;
import org.ecommerce.api.customers.ServiceTokenRequest;
import org.ecommerce.api.customers.TokenView;
import org.ecommerce.common.problem.Refusal;
import org.ecommerce.common.security.Roles;
import org.ecommerce.common.web.RequestId;
import org.ecommerce.customers.customer.Customer;
import org.ecommerce.customers.customer.LoginThrottle;
import org.ecommerce.customers.customer.PasswordCheck;

/** Password login of customers and employees, and client-credentials login of the other services. */
@ApplicationScoped
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());
    private static final String BAD_CREDENTIALS = "The username or password is wrong.";

    @Inject
    PasswordCheck passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    TokenIssuer tokens;

    @Inject
    ServiceAccounts services;

    /**
     * A token for the account, or 401 for an unknown username or a wrong password alike (same answer, same
     * time), or 429 while the username is throttled. The attempt is counted before the password is checked and
     * forgotten when it matches; the check itself runs outside any transaction.
     *
     * @param request the credentials; the username in any letter case
     * @return a bearer token with {@code sub} the customer id, {@code upn} the username as registered and
     *         {@code groups} the account's role
     * @throws Refusal throttled with {@code Retry-After} while the username is throttled, even with the right
     *                 password; unauthenticated for an unknown or deleted account or a wrong password; unavailable
     *                 while too many password checks run
     */
    public TokenView login(LoginRequest request) {
        Optional<Customer> account = passwords.check(request.username(), request.password());
        if (account.isEmpty()) {
            LOG.info(() -> "Failed login for " + request.username().replaceAll("[^A-Za-z0-9_]", "?") + " [request "
                    + RequestId.current() + "]");
            throw Refusal.unauthenticated(BAD_CREDENTIALS);
        }
        Customer customer = account.get();
        String token = tokens.issue(
                customer.id().toString(), customer.username(), customer.role().value());
        return new TokenView(token, "Bearer", tokens.lifetimeSeconds());
    }

    /**
     * A token of group {@code service} for a configured service that knows the shared service secret. Wrong
     * attempts are throttled per name like logins; the right secret never is, since it cannot be guessed
     * (at least 32 bytes) and a throttle on it would let anyone lock the sales service out of its identity.
     *
     * @param request the service's name, which becomes {@code upn} (and {@code sub} as {@code service:<name>}),
     *                and the secret
     * @return a bearer token of group {@code service}
     * @throws Refusal unauthenticated for a name outside {@code ecommerce.service.names}, a wrong secret or no
     *                 configured secret; throttled after too many of those for the name
     */
    public TokenView serviceLogin(ServiceTokenRequest request) {
        if (!services.verify(request.service(), request.secret())) {
            LOG.warning(() ->
                    "Refused a service token for " + request.service() + " [request " + RequestId.current() + "]");
            throttle.begin("service:" + request.service());
            throw Refusal.unauthenticated("The service credentials are wrong.");
        }
        String token = tokens.issue("service:" + request.service(), request.service(), Roles.SERVICE);
        return new TokenView(token, "Bearer", tokens.lifetimeSeconds());
    }
}
