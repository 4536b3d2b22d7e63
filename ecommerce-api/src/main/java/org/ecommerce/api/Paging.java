package org.ecommerce.api;

/**
 * How every list of the API pages: {@code ?limit=} (default {@value #DEFAULT_LIMIT}, more than {@value #MAX_LIMIT}
 * taken as {@value #MAX_LIMIT}) and {@code ?offset=} (default 0), the total in {@link Headers#TOTAL_COUNT}.
 */
public final class Paging {

    /** The limit when {@code ?limit=} is absent. */
    public static final int DEFAULT_LIMIT = 50;

    /** The largest limit; a larger {@code ?limit=} is taken as this. */
    public static final int MAX_LIMIT = 200;

    /** What a limit or offset that is not a whole number of 0 or more is told. */
    public static final String WHOLE_NUMBER = "must be a whole number of 0 or more";

    private Paging() {}
}
