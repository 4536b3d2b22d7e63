package org.ecommerce.api.customers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ecommerce.api.validation.ValidPassword;

/**
 * The body of {@code PATCH /v1/customers/{username}}: the members to change; absent members stay as they are.
 *
 * @param fullName      at most 100 characters, not blank
 * @param password      8 to 72 bytes, with a letter and a digit
 * @param age           1 to 120
 * @param address       at most 200 characters, not blank
 * @param gender        at most 10 characters, not blank
 * @param maritalStatus at most 20 characters, not blank
 * @param role          {@code customer} or {@code emp}; only an employee may change it
 * @param currentPassword the account's password now, which a customer or employee changing their own
 *                        {@code password} must send; an employee setting another's password does not
 */
public record UpdateCustomerRequest(
        @Pattern(regexp = Messages.NOT_BLANK_REGEX, message = Messages.NOT_BLANK)
        @Size(max = 100, message = Messages.MAX_100)
        String fullName,

        @ValidPassword String password,

        @Min(value = 1, message = Messages.AGE) @Max(value = 120, message = Messages.AGE)
        Integer age,

        @Pattern(regexp = Messages.NOT_BLANK_REGEX, message = Messages.NOT_BLANK)
        @Size(max = 200, message = Messages.MAX_200)
        String address,

        @Pattern(regexp = Messages.NOT_BLANK_REGEX, message = Messages.NOT_BLANK)
        @Size(max = 10, message = Messages.MAX_10)
        String gender,

        @Pattern(regexp = Messages.NOT_BLANK_REGEX, message = Messages.NOT_BLANK)
        @Size(max = 20, message = Messages.MAX_20)
        String maritalStatus,

        @Pattern(regexp = "customer|emp", message = Messages.ROLE)
        String role,

        String currentPassword) {}
