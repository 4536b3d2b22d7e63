package org.ecommerce.customers.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.ecommerce.api.customers.CustomerView;
import org.ecommerce.api.customers.RegisterCustomerRequest;
import org.ecommerce.api.customers.UpdateCustomerRequest;

/**
 * A customer account (customers and employees alike). The wallet balance is mapped read-only: it changes only
 * through the conditional updates of the wallet, never by writing this entity back.
 */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private int age;

    @Column(nullable = false)
    private String address;

    @Column(nullable = false)
    private String gender;

    @Column(name = "marital_status", nullable = false)
    private String maritalStatus;

    @Column(nullable = false)
    private String role;

    @Column(name = "wallet_balance", insertable = false, updatable = false)
    private BigDecimal walletBalance = new BigDecimal("0.00");

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    @Version
    private long version;

    /** For JPA only. */
    protected Customer() {
        // for JPA
    }

    /**
     * A new account, with an empty wallet, created now.
     *
     * @param username     the username as registered, original case; never changes
     * @param profile      the profile; every member should be present, as registration requires
     * @param passwordHash the bcrypt hash of the password, never the password itself
     * @param role         the account's role
     */
    public Customer(String username, Profile profile, String passwordHash, Role role) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = role.value();
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        update(profile);
    }

    /**
     * Applies the members of {@code profile} that are present.
     *
     * @param profile the new values; a {@code null} member leaves that member as it is
     */
    public void update(Profile profile) {
        if (profile.fullName() != null) {
            fullName = profile.fullName();
        }
        if (profile.age() != null) {
            age = profile.age();
        }
        if (profile.address() != null) {
            address = profile.address();
        }
        if (profile.gender() != null) {
            gender = profile.gender();
        }
        if (profile.maritalStatus() != null) {
            maritalStatus = profile.maritalStatus();
        }
    }

    /**
     * Replaces the password.
     *
     * @param newHash the bcrypt hash of the new password, not {@code null}
     */
    public void changePasswordHash(String newHash) {
        passwordHash = Objects.requireNonNull(newHash);
    }

    /**
     * Changes the role; it shows in the {@code groups} of tokens issued from now on, not in tokens already
     * issued.
     *
     * @param newRole the new role
     */
    public void changeRole(Role newRole) {
        role = newRole.value();
    }

    /** Deletion keeps the row: sales and reviews stay attributed, and the username is never reused. */
    public void markDeleted() {
        if (deletedAt == null) {
            deletedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        }
    }

    /**
     * The customer id, which is the {@code sub} of the account's tokens.
     *
     * @return the id, {@code null} until the customer is inserted
     */
    public Long id() {
        return id;
    }

    /**
     * The username.
     *
     * @return the username as registered, original case; lookups compare it case-insensitively
     */
    public String username() {
        return username;
    }

    /**
     * The full name.
     *
     * @return the full name, at most 100 characters
     */
    public String fullName() {
        return fullName;
    }

    /**
     * The password's bcrypt hash, for checking a login; never shown by the API.
     *
     * @return the hash
     */
    public String passwordHash() {
        return passwordHash;
    }

    /**
     * The age.
     *
     * @return the age in years, 1 to 120
     */
    public int age() {
        return age;
    }

    /**
     * The address.
     *
     * @return the postal address, at most 200 characters
     */
    public String address() {
        return address;
    }

    /**
     * The gender.
     *
     * @return the gender as the customer states it, at most 10 characters
     */
    public String gender() {
        return gender;
    }

    /**
     * The marital status.
     *
     * @return the marital status as the customer states it, at most 20 characters
     */
    public String maritalStatus() {
        return maritalStatus;
    }

    public Role role() {
        return Role.of(role).orElseThrow();
    }

    /**
     * The wallet balance as it was read from the database. The entity never writes it: the wallet changes it
     * with conditional updates, so it can be stale within a transaction that moved money.
     *
     * @return the balance, at least 0.00
     */
    public BigDecimal walletBalance() {
        return walletBalance;
    }

    /**
     * When the account was registered.
     *
     * @return the registration time, to the microsecond
     */
    public Instant createdAt() {
        return createdAt.toInstant();
    }

    /**
     * Whether the account was deleted. A deleted account keeps its row and its username.
     *
     * @return {@code true} once {@link #markDeleted()} was called
     */
    public boolean isDeleted() {
        return deletedAt != null;
    }

    /**
     * The profile members of a customer; in an update, {@code null} means "leave as is".
     *
     * @param fullName      full name
     * @param age           age in years
     * @param address       postal address
     * @param gender        gender as the customer states it
     * @param maritalStatus marital status as the customer states it
     */
    public record Profile(String fullName, Integer age, String address, String gender, String maritalStatus) {

        static Profile of(RegisterCustomerRequest r) {
            return new Profile(r.fullName(), r.age(), r.address(), r.gender(), r.maritalStatus());
        }

        static Profile of(UpdateCustomerRequest r) {
            return new Profile(r.fullName(), r.age(), r.address(), r.gender(), r.maritalStatus());
        }
    }

    /** The account as the API shows it, without the password hash. */
    public CustomerView view() {
        return new CustomerView(
                id,
                fullName,
                username,
                age,
                address,
                gender,
                maritalStatus,
                walletBalance,
                role().value(),
                createdAt());
    }
}
