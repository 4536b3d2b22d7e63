package org.ecommerce.api.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValidPasswordTest {

    @Test
    void needsEightToSeventyTwoBytesWithALetterAndADigit() {
        assertTrue(ValidPassword.Validator.isValid("abcdefg1"));
        assertTrue(ValidPassword.Validator.isValid("a1" + "x".repeat(70)));
        assertFalse(ValidPassword.Validator.isValid("abcdef1"), "7 bytes");
        assertFalse(ValidPassword.Validator.isValid("a1" + "x".repeat(71)), "73 bytes");
        assertFalse(ValidPassword.Validator.isValid("abcdefgh"), "no digit");
        assertFalse(ValidPassword.Validator.isValid("12345678"), "no letter");
    }

    @Test
    void countsBytesNotCharacters() {
        assertTrue(ValidPassword.Validator.isValid("é".repeat(35) + "a1"), "72 bytes in 37 characters");
        assertFalse(ValidPassword.Validator.isValid("é".repeat(36) + "a1"), "74 bytes");
    }
}
