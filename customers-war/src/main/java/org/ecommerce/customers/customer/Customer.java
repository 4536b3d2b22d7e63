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

    protected Customer() {
        // for JPA
    }

    public Customer(String username, Profile profile, String passwordHash, Role role) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = role.value();
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        update(profile);
    }

    /** Applies the members of {@code profile} that are present. */
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

    public void changePasswordHash(String newHash) {
        passwordHash = Objects.requireNonNull(newHash);
    }

    public void changeRole(Role newRole) {
        role = newRole.value();
    }

    /** Deletion keeps the row: sales and reviews stay attributed, and the username is never reused. */
    public void markDeleted() {
        if (deletedAt == null) {
            deletedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        }
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public int age() {
        return age;
    }

    public String address() {
        return address;
    }

    public String gender() {
        return gender;
    }

    public String maritalStatus() {
        return maritalStatus;
    }

    public Role role() {
        return Role.of(role).orElseThrow();
    }

    public BigDecimal walletBalance() {
        return walletBalance;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

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
    }
}
