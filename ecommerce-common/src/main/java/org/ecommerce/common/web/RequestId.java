package org.ecommerce.common.web;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.ecommerce.api.Headers;

/**
 * The id of the request being served on this thread: taken from {@code X-Request-Id} when the caller sent a
 * sane one, generated otherwise. It is echoed in the response, passed on to downstream calls and written in log
 * lines, so one id follows a request across services.
 */
public final class RequestId {

    /** The header that carries the id. */
    public static final String HEADER = Headers.REQUEST_ID;

    // Ids from outside end up in logs and headers: accept only a conservative alphabet and length.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestId() {}

    /**
     * The id of the current request, for log lines.
     *
     * @return the id, or {@code "-"} outside a request
     */
    public static String current() {
        String id = CURRENT.get();
        return id == null ? "-" : id;
    }

    /**
     * The id of the current request, if this thread serves one, for passing on to downstream calls.
     *
     * @return the id, or empty outside a request
     */
    public static java.util.Optional<String> ifPresent() {
        return java.util.Optional.ofNullable(CURRENT.get());
    }

    static String acceptOrGenerate(String fromClient) {
        if (fromClient != null && ACCEPTED.matcher(fromClient).matches()) {
            return fromClient;
        }
        return generate();
    }

    /**
     * A random (version 4) UUID from the thread's own generator. A request id must be unique, not unguessable, and
     * {@code UUID.randomUUID()} draws on one synchronized SecureRandom that request threads queued on.
     */
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000_0000_0000_0000L)) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    static void set(String id) {
        CURRENT.set(id);
    }

    static void clear() {
        CURRENT.remove();
    }
}
