package org.ecommerce.api.customers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ecommerce.api.validation.ValidPassword;

/**
 * The body of {@code POST /v1/customers}.
 *
 * @param fullName      required, at most 100 characters
 * @param username      3 to 50 letters, digits or underscores; unique, case-insensitively
 * @param password      8 to 72 bytes, with a letter and a digit
 * @param age           1 to 120
 * @param address       required, at most 200 characters
 * @param gender        required, at most 10 characters
 * @param maritalStatus required, at most 20 characters
 * @param role          {@code customer} (the default) or {@code emp}, which only an employee may ask for
 */
public record RegisterCustomerRequest(
        @NotBlank(message = Messages.REQUIRED) @Size(max = 100, message = Messages.MAX_100)
        String fullName,

        @NotNull(message = Messages.REQUIRED) @Pattern(regexp = "[A-Za-z0-9_]{3,50}", message = Messages.USERNAME)
        String username,

        @NotNull(message = Messages.REQUIRED) @ValidPassword String password,

        @NotNull(message = Messages.REQUIRED)
        @Min(value = 1, message = Messages.AGE)
        @Max(value = 120, message = Messages.AGE)
        Integer age,

        @NotBlank(message = Messages.REQUIRED) @Size(max = 200, message = Messages.MAX_200)
        String address,

        @NotBlank(message = Messages.REQUIRED) @Size(max = 10, message = Messages.MAX_10)
        String gender,

        @NotBlank(message = Messages.REQUIRED) @Size(max = 20, message = Messages.MAX_20)
        String maritalStatus,

        @Pattern(regexp = "customer|emp", message = Messages.ROLE)
        String role) {}
