package org.ecommerce.customers.customer;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.ecommerce.common.problem.Refusal;
import org.ecommerce.common.security.Caller;

/**
 * Refuses, with 401, the token of an account that was deleted or whose role changed since the token was issued:
 * this service owns the accounts, so it need not wait for the token to expire. One indexed lookup per
 * request that carries a customer's or an employee's token; service tokens name no account. The other services
 * accept such a token until it expires (at most {@code ecommerce.token.lifetime.seconds}).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
@ApplicationScoped
public class LiveAccountFilter implements ContainerRequestFilter {

    @PersistenceContext(unitName = "customers")
    EntityManager em;

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = Caller.of(request.getSecurityContext());
        if (caller.subject() == null || caller.isService()) {
            return;
        }
        long id = caller.customerId();
        @SuppressWarnings("unchecked")
        List<Object> roles = id < 0
                ? List.of()
                : em.createNativeQuery("SELECT role FROM customer WHERE id = ? AND deleted_at IS NULL")
                        .setParameter(1, id)
                        .getResultList();
        if (roles.isEmpty() || !caller.groups().equals(java.util.Set.of(roles.get(0)))) {
            throw Refusal.unauthenticated("This token's account was deleted or its role has changed; log in again.");
        }
    }
}
