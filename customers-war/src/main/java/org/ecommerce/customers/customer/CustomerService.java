package org.ecommerce.customers.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.ecommerce.api.customers.RegisterCustomerRequest;
import org.ecommerce.api.customers.UpdateCustomerRequest;
import org.ecommerce.api.problem.ProblemType;
import org.ecommerce.common.db.SqlStates;
import org.ecommerce.common.db.Transactions;
import org.ecommerce.common.paging.Page;
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.problem.Refusal;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.web.RequestId;

/** Registration and profile management, with the role and ownership rules of docs/API.md. */
@ApplicationScoped
public class CustomerService {

    private static final Logger LOG = Logger.getLogger(CustomerService.class.getName());

    @Inject
    CustomerRepository customers;

    @Inject
    PasswordHasher passwords;

    @Inject
    PasswordCheck passwordCheck;

    @Inject
    Transactions transactions;

    @Inject
    AccountStates accountStates;

    /**
     * Registers a customer; only an employee may register an employee.
     *
     * @param caller  who sends the request, anonymous allowed
     * @param request the validated registration; no {@code role} means {@code customer}
     * @return the new customer, inserted, with its id
     * @throws Refusal forbidden when a non-employee asks for {@code emp}; conflict {@code username-taken} when the
     *                 username is held by any account, deleted ones included, in any letter case
     */
    public Customer register(Caller caller, RegisterCustomerRequest request) {
        Role role =
                request.role() == null ? Role.CUSTOMER : Role.of(request.role()).orElseThrow();
        if (role == Role.EMP && !caller.isEmp()) {
            throw Refusal.forbidden("Only an employee can create an employee account.");
        }
        // Checked before the hash, which is the slow part; the unique index has the last word below.
        if (customers.usernameTaken(request.username())) {
            throw usernameTaken();
        }
        Customer customer = new Customer(
                request.username(), Customer.Profile.of(request), passwords.hash(request.password()), role);
        transactions.run(() -> {
            try {
                customers.add(customer);
            } catch (PersistenceException e) {
                // Two registrations of one username at once: the unique index decides.
                if (SqlStates.isUniqueViolation(e)) {
                    throw usernameTaken();
                }
                throw e;
            }
            return customer;
        });
        LOG.info(() -> "Registered " + role.value() + " " + customer.username() + " (id " + customer.id()
                + ") [request " + RequestId.current() + "]");
        return customer;
    }

    /**
     * The account, to its owner or an employee.
     *
     * @param caller   who sends the request
     * @param username the username in any letter case
     * @return the live customer
     * @throws Refusal forbidden for anyone else, checked before the lookup; not found when there is no live customer
     *                 of that name
     */
    @Transactional
    public Customer get(Caller caller, String username) {
        CustomerAccess.requireSelfOrEmp(caller, username);
        return find(username);
    }

    /**
     * One page of the live customers, by id ascending. The role check (employees only) is the resource's.
     *
     * @param page the page asked for; a limit of 0 gives no items but still the total
     * @return the customers of the page and the number of live customers
     */
    @Transactional
    public Page<Customer> list(PageRequest page) {
        long total = customers.count();
        List<Customer> items = page.limit() == 0 ? List.of() : customers.list(page.offset(), page.limit());
        return new Page<>(items, total);
    }

    /**
     * Changes the members present in {@code request}; a role only by an employee. A new password is hashed; the
     * owner changing their own sends the current one, which counts against the login throttle when wrong.
     *
     * @param caller   who sends the request
     * @param username the username in any letter case
     * @param request  the validated members to change
     * @return the changed customer
     * @throws Refusal forbidden for anyone but the owner or an employee, for a role change by a non-employee, or
     *                 for the owner's password change without the right current password; throttled after too
     *                 many wrong ones; not found when there is no live customer of that name
     */
    public Customer update(Caller caller, String username, UpdateCustomerRequest request) {
        CustomerAccess.requireSelfOrEmp(caller, username);
        if (request.role() != null && !caller.isEmp()) {
            throw Refusal.forbidden("Only an employee can change a role.");
        }
        // Hashes run before the transaction, so that no pooled connection waits on bcrypt.
        String newHash = null;
        if (request.password() != null) {
            if (caller.isUser(username)) {
                requireCurrentPassword(username, request.currentPassword());
            }
            newHash = passwords.hash(request.password());
        } else if (request.currentPassword() != null) {
            throw Refusal.invalid("current_password", "is only sent with a new password");
        }
        String hash = newHash;
        Customer changed = transactions.run(() -> {
            Customer customer = find(username);
            customer.update(Customer.Profile.of(request));
            if (hash != null) {
                customer.changePasswordHash(hash);
            }
            if (request.role() != null) {
                customer.changeRole(Role.of(request.role()).orElseThrow());
            }
            customers.flush();
            return customer;
        });
        // After the commit: forgotten earlier, the old role could be read back before the change is visible.
        if (request.role() != null) {
            accountStates.forget(changed.id());
        }
        LOG.info(() -> "Updated customer " + changed.username() + " by " + caller.username() + " [request "
                + RequestId.current() + "]");
        return changed;
    }

    // The same throttle as login: a stolen token must not become a way to guess the password behind it.
    private void requireCurrentPassword(String username, String currentPassword) {
        if (currentPassword == null) {
            throw Refusal.forbidden("Changing your own password needs current_password.");
        }
        if (passwordCheck.check(username, currentPassword).isEmpty()) {
            throw Refusal.forbidden("The current password is wrong.");
        }
    }

    /**
     * Deletes the account; its history stays, and its username is never given out again. The row stays, marked
     * deleted, with whatever is left in its wallet.
     *
     * @param caller   who sends the request
     * @param username the username in any letter case
     * @throws Refusal forbidden for anyone but the owner or an employee; not found when there is no live customer of
     *                 that name
     */
    public void delete(Caller caller, String username) {
        CustomerAccess.requireSelfOrEmp(caller, username);
        Customer customer = transactions.run(() -> {
            Customer found = find(username);
            found.markDeleted();
            customers.flush();
            return found;
        });
        accountStates.forget(customer.id());
        LOG.info(() -> "Deleted customer " + customer.username() + " by " + caller.username() + " [request "
                + RequestId.current() + "]");
    }

    /**
     * The live customer with this username, or 404. No access check: callers make their own.
     *
     * @param username the username in any letter case
     * @return the customer
     * @throws Refusal not found when there is no live customer of that name
     */
    public Customer find(String username) {
        CustomerAccess.requirePossibleName(username);
        return customers
                .findByUsername(username)
                .orElseThrow(
                        () -> Refusal.notFound("No customer is named " + CustomerAccess.printable(username) + "."));
    }

    private static Refusal usernameTaken() {
        return Refusal.conflict(ProblemType.USERNAME_TAKEN, "This username is already taken.");
    }
}
