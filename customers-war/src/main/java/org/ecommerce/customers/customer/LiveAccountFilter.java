package org.ecommerce.customers.customer;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;
import org.ecommerce.common.problem.Refusal;
import org.ecommerce.common.security.Caller;

/**
 * Refuses, with 401, the token of an account that was deleted or whose role changed since the token was issued:
 * this service owns the accounts, so it need not wait for the token to expire. {@link AccountStates} says what
 * each account is now; service tokens name no account. The other services
 * accept such a token until it expires (at most {@code ecommerce.token.lifetime.seconds}).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
@ApplicationScoped
public class LiveAccountFilter implements ContainerRequestFilter {

    @Inject
    AccountStates accounts;

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = Caller.of(request.getSecurityContext());
        if (caller.subject() == null || caller.isService()) {
            return;
        }
        long id = caller.customerId();
        Optional<String> role = id < 0 ? Optional.empty() : accounts.roleOf(id);
        if (role.isEmpty() || !caller.groups().equals(Set.of(role.get()))) {
            throw Refusal.unauthenticated("This token's account was deleted or its role has changed; log in again.");
        }
    }
}
