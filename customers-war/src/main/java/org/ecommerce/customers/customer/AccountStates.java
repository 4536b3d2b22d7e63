package org.ecommerce.customers.customer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each account's role now, or that it has none (deleted or never there), for {@link LiveAccountFilter}. Kept
 * for {@code ecommerce.security.account-state-millis} ({@code ECOMMERCE_SECURITY_ACCOUNT_STATE_MILLIS}, default
 * 1000; 0 asks the database every request): a profile read under load would otherwise cost a second query.
 * This instance forgets an account the moment it deletes it or changes its role, so its refusal is immediate;
 * another instance of the service refuses within that time.
 */
@ApplicationScoped
public class AccountStates {

    private static final String NONE = "";

    @PersistenceContext(unitName = "customers")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "ecommerce.security.account-state-millis", defaultValue = "1000")
    long keepMillis;

    private Cache<Long, String> roles;

    @PostConstruct
    void init() {
        if (keepMillis < 0) {
            throw new IllegalStateException("ecommerce.security.account-state-millis must not be negative");
        }
        roles = Caffeine.newBuilder()
                .maximumSize(keepMillis == 0 ? 0 : 10_000)
                .expireAfterWrite(Duration.ofMillis(keepMillis))
                .build();
    }

    /**
     * @param customerId the account's id
     * @return its role's name, or empty when no live account has this id
     */
    public Optional<String> roleOf(long customerId) {
        String role = roles.get(customerId, this::load);
        return role.equals(NONE) ? Optional.empty() : Optional.of(role);
    }

    /**
     * Drops what is known of an account, after a change of its role or its deletion has been committed.
     *
     * @param customerId the account's id
     */
    public void forget(long customerId) {
        roles.invalidate(customerId);
    }

    private String load(long customerId) {
        @SuppressWarnings("unchecked")
        List<Object> found = em.createNativeQuery("SELECT role FROM customer WHERE id = ? AND deleted_at IS NULL")
                .setParameter(1, customerId)
                .getResultList();
        return found.isEmpty() ? NONE : (String) found.get(0);
    }
}
