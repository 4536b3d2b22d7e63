package org.ecommerce.common.idempotency;

import java.util.Optional;
import org.ecommerce.api.Headers;
import org.ecommerce.common.problem.Refusal;

/**
 * The value of an {@code Idempotency-Key} header: 1 to 100 printable ASCII characters.
 *
 * @param value the key as the client sent it
 */
public record IdempotencyKey(String value) {

    /** The request header. */
    public static final String HEADER = Headers.IDEMPOTENCY_KEY;

    /** The response header, {@code true}, that marks an answer replayed for a repeated key. */
    public static final String REPLAYED = Headers.IDEMPOTENT_REPLAYED;

    /**
     * Checks the key.
     *
     * @param value the key as the client sent it
     * @throws Refusal invalid naming {@code Idempotency-Key} when the value is empty, longer than 100 characters
     *                 or not printable ASCII
     */
    public IdempotencyKey {
        if (value == null || value.isEmpty() || value.length() > 100 || !printableAscii(value)) {
            throw Refusal.invalid(HEADER, "must be 1 to 100 printable ASCII characters");
        }
    }

    /**
     * The key of a request, empty when the header is absent; a present but malformed header is a 400.
     *
     * @param header the header's value, {@code null} when absent
     * @return the key, or empty when there is no header
     * @throws Refusal invalid when the header is present but empty, too long or not printable ASCII
     */
    public static Optional<IdempotencyKey> fromHeader(String header) {
        return header == null ? Optional.empty() : Optional.of(new IdempotencyKey(header));
    }

    private static boolean printableAscii(String s) {
        return s.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }
}
