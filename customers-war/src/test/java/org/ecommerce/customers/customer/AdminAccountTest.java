package org.ecommerce.customers.customer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Whom the configured first employee's name may already belong to when the service starts. */
class AdminAccountTest {

    private static final Customer.Profile PROFILE = new Customer.Profile("Someone", 30, "-", "-", "-");

    @Test
    void aLiveEmployeeOfThatNameIsTheConfiguredOne() {
        assertDoesNotThrow(() -> AdminAccount.requireLiveEmployee(account(Role.EMP)));
    }

    @Test
    void aCustomerWhoRegisteredTheNameFirstStopsTheStart() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> AdminAccount.requireLiveEmployee(account(Role.CUSTOMER)));
        assertEquals(
                "ECOMMERCE_ADMIN_USERNAME boss is held by a customer account, not an employee: choose another name, "
                        + "or make that account an employee",
                e.getMessage());
    }

    @Test
    void aDeletedEmployeeOfThatNameStopsTheStartToo() {
        Customer deleted = account(Role.EMP);
        deleted.markDeleted();
        assertThrows(IllegalStateException.class, () -> AdminAccount.requireLiveEmployee(deleted));
    }

    private static Customer account(Role role) {
        return new Customer("boss", PROFILE, "$2a$10$hash", role);
    }
}
