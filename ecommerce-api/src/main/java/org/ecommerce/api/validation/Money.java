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
import java.math.BigDecimal;

/**
 * An amount of money or a price as the API accepts it: greater than 0, at most 1,000,000.00, at most two
 * decimals. {@code null} is valid (pair with {@code @NotNull} where the member is required).
 */
@Documented
@Constraint(validatedBy = Money.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Money {

    /** The largest accepted amount. */
    BigDecimal MAX = new BigDecimal("1000000.00");

    /**
     * The message of a violation.
     *
     * @return the message, by default stating the three rules
     */
    String message() default "must be greater than 0 and at most 1000000.00, with at most 2 decimals";

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

    /** Checks the three rules of {@link Money}. */
    class Validator implements ConstraintValidator<Money, BigDecimal> {
        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            return value == null || isValid(value);
        }

        /**
         * The rule itself, for code that checks amounts outside Bean Validation.
         *
         * @param value the amount, not {@code null}
         * @return whether it is greater than 0, at most {@link Money#MAX} and has at most two significant
         *         decimals ({@code 5.000} passes)
         */
        public static boolean isValid(BigDecimal value) {
            return value.signum() > 0
                    && value.compareTo(MAX) <= 0
                    && value.stripTrailingZeros().scale() <= 2;
        }
    }
}
