package org.ecommerce.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UsernamesTest {

    @Test
    void onlyAsciiLettersFold() {
        assertEquals("alice_42", Usernames.fold("AliCE_42"));
        // Java's toLowerCase would make "ali̇ce" of it and PostgreSQL's lower() "alice": neither may happen.
        assertEquals("al\u0130ce", Usernames.fold("AL\u0130CE"));
        assertEquals("\u0131", Usernames.fold("\u0131"));
    }

    @Test
    void aNameWithANonAsciiLetterIsNeverTheSameAsAnAsciiOne() {
        assertTrue(Usernames.same("Alice", "aLICE"));
        assertFalse(Usernames.same("AL\u0130CE", "alice"));
        assertFalse(Usernames.same("al\u0131ce", "alice"));
        assertFalse(Usernames.same(null, "alice"));
        assertFalse(Usernames.same("alice", null));
    }

    @Test
    void onlyTheRegistrationShapeCanExist() {
        assertTrue(Usernames.canExist("abc"));
        assertTrue(Usernames.canExist("a".repeat(50)));
        assertFalse(Usernames.canExist("ab"));
        assertFalse(Usernames.canExist("a".repeat(51)));
        assertFalse(Usernames.canExist("al\u0130ce"));
        assertFalse(Usernames.canExist("a b c"));
        assertFalse(Usernames.canExist(null));
    }
}
