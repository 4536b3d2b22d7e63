package org.ecommerce.common.security;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who sends the current request, as the verified token says: the customer id ({@code sub}), the username
 * ({@code upn}) and the roles. Ownership checks in the services compare against this, never against ids that
 * the request body claims.
 *
 * @param subject  the token's {@code sub}: a customer id, or {@code service:<name>} for a service
 * @param username the token's {@code upn}
 * @param groups   the token's {@code groups}
 */
public record Caller(String subject, String username, Set<String> groups) {

    /** The caller of an anonymous request. */
    public static final Caller ANONYMOUS = new Caller(null, null, Set.of());

    public Caller {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }

    /** The caller behind a JAX-RS security context. */
    public static Caller of(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        if (principal instanceof JsonWebToken token) {
            String upn = token.getClaim("upn");
            return new Caller(token.getSubject(), upn != null ? upn : token.getName(), token.getGroups());
        }
        return ANONYMOUS;
    }

    public boolean isAuthenticated() {
        return subject != null;
    }

    public boolean isEmp() {
        return groups.contains(Roles.EMP);
    }

    public boolean isService() {
        return groups.contains(Roles.SERVICE);
    }

    /** The customer id of a customer or employee caller; {@code -1} for a service or anonymous caller. */
    public long customerId() {
        if (subject == null || isService()) {
            return -1;
        }
        try {
            return Long.parseLong(subject);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A stable name for the caller, used to scope idempotency keys. */
    public String scopeName() {
        return subject == null ? "anonymous" : subject;
    }
}
