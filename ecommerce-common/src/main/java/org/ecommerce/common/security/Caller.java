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

    /**
     * Copies the groups, so that a caller never changes after it was made.
     *
     * @param subject  the token's {@code sub}, {@code null} for an anonymous caller
     * @param username the token's {@code upn}
     * @param groups   the token's {@code groups}; {@code null} is taken as none
     */
    public Caller {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }

    /**
     * The caller behind a JAX-RS security context.
     *
     * @param security the request's security context, may be {@code null}
     * @return the token's caller, or {@link #ANONYMOUS} when the request carries no verified JWT
     */
    public static Caller of(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        if (principal instanceof JsonWebToken token) {
            String upn = token.getClaim("upn");
            return new Caller(token.getSubject(), upn != null ? upn : token.getName(), token.getGroups());
        }
        return ANONYMOUS;
    }

    /**
     * Whether the caller is an employee.
     *
     * @return {@code true} when the token's groups include {@code emp}
     */
    public boolean isEmp() {
        return groups.contains(Roles.EMP);
    }

    /**
     * Whether the caller is the customer or employee with this username, in any letter case
     * ({@link Usernames#same}). A service never is,
     * whatever its token's name.
     */
    public boolean isUser(String name) {
        return !isService() && Usernames.same(username, name);
    }

    /**
     * The ownership rule of every service: what belongs to a user (an account, a wallet, a sale, a hidden review)
     * is for that user and for employees.
     */
    public boolean isSelfOrEmp(String name) {
        return isEmp() || isUser(name);
    }

    /**
     * Whether the caller is another service of this system, calling under its service identity.
     *
     * @return {@code true} when the token's groups include {@code service}
     */
    public boolean isService() {
        return groups.contains(Roles.SERVICE);
    }

    /**
     * The customer id of a customer or employee caller.
     *
     * @return the id from {@code sub}; {@code -1} for a service or anonymous caller, or a {@code sub} that is not a
     *         number
     */
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

    /**
     * A stable name for the caller, as logs and ledgers record who acted.
     *
     * @return the token's {@code sub}, or {@code "anonymous"}
     */
    public String scopeName() {
        return subject == null ? "anonymous" : subject;
    }

    /**
     * What the caller's {@code Idempotency-Key}s are unique within. For customers and employees that is who they
     * are; every service of the system shares one scope, {@code service}, since a service's configured name may
     * differ between its instances or change between a crash and the recovery that re-sends its calls. Their keys
     * name what they are for (a sale's steps carry the sale's UUID), so they never meet by chance.
     */
    public String keyScope() {
        return isService() ? Roles.SERVICE : scopeName();
    }
}
