package org.ecommerce.customers.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.ecommerce.common.db.SqlStates;
import org.ecommerce.common.paging.Page;
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.problem.ApiException;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.web.RequestId;

/** Registration and profile management, with the role and ownership rules of API.md. */
@ApplicationScoped
public class CustomerService {

    private static final Logger LOG = Logger.getLogger(CustomerService.class.getName());

    @Inject
    CustomerRepository customers;

    @Inject
    PasswordHasher passwords;

    /** Registers a customer; only an employee may register an employee. */
    @Transactional
    public Customer register(Caller caller, RegisterCustomerRequest request) {
        Role role = request.role() == null ? Role.CUSTOMER : Role.of(request.role()).orElseThrow();
        if (role == Role.EMP && !caller.isEmp()) {
            throw ApiException.forbidden("Only an employee can create an employee account.");
        }
        if (customers.usernameTaken(request.username())) {
            throw usernameTaken();
        }
        Customer customer = new Customer(request.username(), request.profile(), passwords.hash(request.password()),
                role);
        try {
            customers.add(customer);
        } catch (PersistenceException e) {
            // Two registrations of one username at once: the unique index decides.
            if (SqlStates.isUniqueViolation(e)) {
                throw usernameTaken();
            }
            throw e;
        }
        LOG.info(() -> "Registered " + role.value() + " " + customer.username() + " (id " + customer.id()
                + ") [request " + RequestId.current() + "]");
        return customer;
    }

    @Transactional
    public Customer get(Caller caller, String username) {
        CustomerAccess.requireSelfOrEmp(caller, username);
        return find(username);
    }

    @Transactional
    public Page<Customer> list(PageRequest page) {
        long total = customers.count();
        List<Customer> items = page.limit() == 0 ? List.of() : customers.list(page.offset(), page.limit());
        return new Page<>(items, total);
    }

    /** Changes the members present in {@code request}; a role only by an employee. */
    @Transactional
    public Customer update(Caller caller, String username, UpdateCustomerRequest request) {
        CustomerAccess.requireSelfOrEmp(caller, username);
        if (request.role() != null && !caller.isEmp()) {
            throw ApiException.forbidden("Only an employee can change a role.");
        }
        Customer customer = find(username);
        customer.update(request.profile());
        if (request.password() != null) {
            customer.changePasswordHash(passwords.hash(request.password()));
        }
        if (request.role() != null) {
            customer.changeRole(Role.of(request.role()).orElseThrow());
        }
        customers.flush();
        LOG.info(() -> "Updated customer " + customer.username() + " by " + caller.username()
                + " [request " + RequestId.current() + "]");
        return customer;
    }

    /** Deletes the account; its history stays, and its username is never given out again. */
    @Transactional
    public void delete(Caller caller, String username) {
        CustomerAccess.requireSelfOrEmp(caller, username);
        Customer customer = find(username);
        customer.markDeleted();
        customers.flush();
        LOG.info(() -> "Deleted customer " + customer.username() + " by " + caller.username()
                + " [request " + RequestId.current() + "]");
    }

    /** The live customer with this username, or 404. */
    public Customer find(String username) {
        return customers.findByUsername(username)
                .orElseThrow(() -> ApiException.notFound("No customer is named " + printable(username) + "."));
    }

    private static ApiException usernameTaken() {
        return ApiException.conflict("username-taken", "This username is already taken.");
    }

    // Path values end up in a detail: keep them short and plain.
    private static String printable(String value) {
        String plain = value.replaceAll("[^A-Za-z0-9_]", "?");
        return plain.length() > 50 ? plain.substring(0, 50) + "…" : plain;
    }
}
