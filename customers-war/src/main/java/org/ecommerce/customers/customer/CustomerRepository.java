package org.ecommerce.customers.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ecommerce.common.security.Usernames;

/** Customers in the database; deleted customers are invisible to every lookup but {@link #usernameTaken}. */
@ApplicationScoped
public class CustomerRepository {

    @PersistenceContext(unitName = "customers")
    EntityManager em;

    /**
     * The live customer with this username, compared case-insensitively.
     *
     * @param username the username in any letter case
     * @return the customer, or empty when there is none or it was deleted
     */
    public Optional<Customer> findByUsername(String username) {
        return em.createQuery(
                        "SELECT c FROM Customer c WHERE LOWER(c.username) = :username AND c.deletedAt IS NULL",
                        Customer.class)
                .setParameter("username", Usernames.fold(username))
                .getResultStream()
                .findFirst();
    }

    /**
     * The customer that holds this username, live or deleted.
     *
     * @param username the username in any letter case
     * @return the customer, or empty when nobody ever had the username
     */
    public Optional<Customer> findAnyByUsername(String username) {
        return em.createQuery("SELECT c FROM Customer c WHERE LOWER(c.username) = :username", Customer.class)
                .setParameter("username", Usernames.fold(username))
                .getResultStream()
                .findFirst();
    }

    /**
     * Whether any customer, deleted ones included, holds this username (case-insensitively).
     *
     * @param username the username in any letter case
     * @return {@code true} when the username cannot be registered
     */
    public boolean usernameTaken(String username) {
        return findAnyByUsername(username).isPresent();
    }

    /**
     * One page of the live customers, by id ascending.
     *
     * @param offset how many to skip
     * @param limit  how many at most
     * @return the customers of the page
     */
    public List<Customer> list(int offset, int limit) {
        return em.createQuery("SELECT c FROM Customer c WHERE c.deletedAt IS NULL ORDER BY c.id", Customer.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * How many live customers there are.
     *
     * @return the count, deleted customers left out
     */
    public long count() {
        return em.createQuery("SELECT COUNT(c) FROM Customer c WHERE c.deletedAt IS NULL", Long.class)
                .getSingleResult();
    }

    /**
     * Inserts the customer now, so that a duplicate username fails here rather than at commit.
     *
     * @param customer the new customer; it has its id afterwards
     * @throws jakarta.persistence.PersistenceException with a unique violation when the username is taken
     */
    public void add(Customer customer) {
        em.persist(customer);
        em.flush();
    }

    /**
     * Inserts the customer unless its username is taken, without failing the transaction when it is. The
     * entity is not managed afterwards and gets no id.
     *
     * @param c the new customer
     * @return {@code true} when it was inserted, {@code false} when the username was taken
     */
    public boolean addUnlessUsernameTaken(Customer c) {
        return em.createNativeQuery(
                                "INSERT INTO customer (username, full_name, password_hash, age, address, gender, "
                                        + "marital_status, role, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                        .setParameter(1, c.username())
                        .setParameter(2, c.fullName())
                        .setParameter(3, c.passwordHash())
                        .setParameter(4, c.age())
                        .setParameter(5, c.address())
                        .setParameter(6, c.gender())
                        .setParameter(7, c.maritalStatus())
                        .setParameter(8, c.role().value())
                        .setParameter(9, java.sql.Timestamp.from(c.createdAt()))
                        .executeUpdate()
                == 1;
    }

    /** Writes pending changes now, so that a conflict fails inside the service method. */
    public void flush() {
        em.flush();
    }
}
