package org.ecommerce.customers.customer;

import org.ecommerce.common.problem.Refusal;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.security.Usernames;

/**
 * Who may act on a customer's account: the customer (by the username of their token), an employee, and for some
 * wallet operations a service. Checked before the account is looked up, so that a refusal says nothing about
 * whether the account exists.
 */
public final class CustomerAccess {

    private CustomerAccess() {}

    /**
     * The customer named {@code username} or an employee; a service is refused too.
     *
     * @param caller   who sends the request
     * @param username the account acted on, compared case-insensitively with the caller's username
     * @throws Refusal forbidden for anyone else
     */
    public static void requireSelfOrEmp(Caller caller, String username) {
        if (!caller.isSelfOrEmp(username)) {
            throw Refusal.forbidden("You may only act on your own account.");
        }
    }

    /**
     * The customer named {@code username}, an employee or a service.
     *
     * @param caller   who sends the request
     * @param username the account acted on, compared case-insensitively with the caller's username
     * @throws Refusal forbidden for anyone else
     */
    public static void requireSelfEmpOrService(Caller caller, String username) {
        if (!caller.isService()) {
            requireSelfOrEmp(caller, username);
        }
    }

    /**
     * A name no account can have is answered as not found at once, before any lookup or stored key.
     *
     * @param username the username of the path, as the client sent it
     * @throws Refusal not found unless it is 3 to 50 letters, digits or underscores
     */
    public static void requirePossibleName(String username) {
        if (!Usernames.canExist(username)) {
            throw Refusal.notFound("No customer is named " + printable(username) + ".");
        }
    }

    // Path values end up in a detail: keep them short and plain.
    static String printable(String value) {
        String plain = value.replaceAll("[^A-Za-z0-9_]", "?");
        return plain.length() > 50 ? plain.substring(0, 50) + "…" : plain;
    }
}
