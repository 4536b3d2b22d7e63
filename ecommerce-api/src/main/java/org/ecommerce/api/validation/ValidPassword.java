package org.ecommerce.api.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

/**
 * A password as accounts accept it: 8 to 72 bytes in UTF-8 (bcrypt ignores every byte past the 72nd, so a longer
 * password would be only partly checked), with at least one letter and one digit. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = ValidPassword.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ValidPassword {

    /**
     * The message of a violation.
     *
     * @return the message, by default stating the rules
     */
    String message() default "must be 8 to 72 bytes long and contain at least one letter and one digit";

    /**
     * The validation groups the constraint belongs to.
     *
     * @return the groups, by default none (the default group)
     */
    Class<?>[] groups() default {};

    /**
     * Payload for clients of the Bean Validation API.
     *
     * @return the payload, by default none
     */
    Class<? extends Payload>[] payload() default {};

    /** Checks the rules of {@link ValidPassword}. */
    class Validator implements ConstraintValidator<ValidPassword, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isValid(value);
        }

        /** The rules themselves, for code that checks a password outside Bean Validation. */
        public static boolean isValid(String password) {
            int bytes = password.getBytes(StandardCharsets.UTF_8).length;
            return bytes >= 8
                    && bytes <= 72
                    && password.codePoints().anyMatch(Character::isLetter)
                    && password.codePoints().anyMatch(Character::isDigit);
        }
    }
}
