package org.ecommerce.api;

/** The headers of the API beyond those of HTTP itself. */
public final class Headers {

    /**
     * Request: makes a money or stock move (or a purchase) safe to send again: 1 to 100 printable ASCII
     * characters; the same key and body from the same caller is applied once.
     */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Response: {@code true} when the answer is the stored answer of an earlier request with the same key. */
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    /** Response of a list: how many items the whole list has, before {@code limit} and {@code offset}. */
    public static final String TOTAL_COUNT = "X-Total-Count";

    /** Request and response: the id a request is logged under in every service it reaches. */
    public static final String REQUEST_ID = "X-Request-Id";

    private Headers() {}
}
