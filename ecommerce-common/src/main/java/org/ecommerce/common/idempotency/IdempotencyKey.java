package org.ecommerce.common.idempotency;

import java.util.Optional;
import org.ecommerce.common.problem.ApiException;

/**
 * The value of an {@code Idempotency-Key} header: 1 to 100 printable ASCII characters.
 *
 * @param value the key as the client sent it
 */
public record IdempotencyKey(String value) {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";

    public IdempotencyKey {
        if (value == null || value.isEmpty() || value.length() > 100 || !printableAscii(value)) {
            throw ApiException.invalid(HEADER, "must be 1 to 100 printable ASCII characters");
        }
    }

    /** The key of a request, empty when the header is absent; a present but malformed header is a 400. */
    public static Optional<IdempotencyKey> fromHeader(String header) {
        return header == null ? Optional.empty() : Optional.of(new IdempotencyKey(header));
    }

    private static boolean printableAscii(String s) {
        return s.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }
}
