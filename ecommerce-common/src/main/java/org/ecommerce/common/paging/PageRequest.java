package org.ecommerce.common.paging;

import java.util.ArrayList;
import java.util.List;
import org.ecommerce.common.problem.ApiException;
import org.ecommerce.common.problem.FieldError;

/**
 * {@code ?limit=} and {@code ?offset=} as every list of the API takes them: limit defaults to 50 and is capped at
 * 200, offset defaults to 0; a negative or non-numeric value is a 400.
 *
 * @param limit  how many items at most, 0 to 200
 * @param offset how many items to skip
 */
public record PageRequest(int limit, int offset) {

    /** The limit when {@code ?limit=} is absent. */
    public static final int DEFAULT_LIMIT = 50;
    /** The largest limit; a larger {@code ?limit=} is taken as this. */
    public static final int MAX_LIMIT = 200;

    /**
     * Parses the raw query parameters ({@code null} when absent).
     *
     * @param limit  the raw {@code ?limit=}; surrounding spaces are ignored
     * @param offset the raw {@code ?offset=}; surrounding spaces are ignored
     * @return the request, with the defaults for absent values and the limit capped at {@link #MAX_LIMIT}
     * @throws ApiException 400 with a field error for each value that is negative or not a whole number
     */
    public static PageRequest of(String limit, String offset) {
        List<FieldError> errors = new ArrayList<>();
        int parsedLimit = parse("limit", limit, DEFAULT_LIMIT, errors);
        int parsedOffset = parse("offset", offset, 0, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new PageRequest(Math.min(parsedLimit, MAX_LIMIT), parsedOffset);
    }

    private static int parse(String name, String raw, int fallback, List<FieldError> errors) {
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // A number too large for an int is as wrong as a word: fall through to the error.
        }
        errors.add(new FieldError(name, "must be a whole number of 0 or more"));
        return fallback;
    }
}
