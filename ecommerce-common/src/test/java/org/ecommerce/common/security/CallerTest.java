package org.ecommerce.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static final Caller ALICE = new Caller("7", "Alice", Set.of(Roles.CUSTOMER));
    private static final Caller BOSS = new Caller("1", "boss", Set.of(Roles.EMP));
    // A service whose token name happens to be a customer's username is still not that customer.
    private static final Caller SALES = new Caller("service:sales", "alice", Set.of(Roles.SERVICE));

    @Test
    void aCustomerIsThemselvesInAnyLetterCase() {
        assertTrue(ALICE.isUser("alice"));
        assertTrue(ALICE.isSelfOrEmp("ALICE"));
    }

    @Test
    void aCustomerIsNotAnotherCustomer() {
        assertFalse(ALICE.isUser("bob"));
        assertFalse(ALICE.isSelfOrEmp("bob"));
        assertFalse(ALICE.isSelfOrEmp(null));
    }

    @Test
    void anEmployeeMayActForAnyoneButIsNotThem() {
        assertTrue(BOSS.isSelfOrEmp("alice"));
        assertFalse(BOSS.isUser("alice"));
    }

    @Test
    void aServiceOrAnAnonymousCallerOwnsNothing() {
        assertFalse(SALES.isUser("alice"));
        assertFalse(SALES.isSelfOrEmp("alice"));
        assertFalse(Caller.ANONYMOUS.isSelfOrEmp("alice"));
    }

    @Test
    void servicesShareOneKeyScopeAndEveryoneElseHasTheirOwn() {
        assertEquals("service", SALES.keyScope());
        assertEquals("service", new Caller("service:sales-2", "sales-2", Set.of(Roles.SERVICE)).keyScope());
        assertEquals("7", ALICE.keyScope());
        assertEquals("1", BOSS.keyScope());
        assertEquals("anonymous", Caller.ANONYMOUS.keyScope());
    }
}
