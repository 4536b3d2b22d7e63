package org.ecommerce.customers.customer;

import org.ecommerce.common.problem.Refusal;
import org.ecommerce.common.security.Caller;

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
}
