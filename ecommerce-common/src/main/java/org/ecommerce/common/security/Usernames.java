package org.ecommerce.common.security;

import java.util.regex.Pattern;

/**
 * The one letter-case rule for usernames, in every service. A username is 3 to 50 ASCII letters, digits or
 * underscores (the customers schema checks it too), so only {@code A-Z} fold: Java's {@code toLowerCase} and
 * PostgreSQL's {@code lower()} disagree on letters such as the dotted capital I (U+0130), and a throttle keyed by
 * one while the lookup used the other would give {@code ALİCE} a bucket of its own that still logs in as alice.
 * Callers fold what a client sent and compare it with {@code lower(username)} of stored, already ASCII, names.
 */
public final class Usernames {

    /** The shape of every username, as registration checks it. */
    public static final String SHAPE = "[A-Za-z0-9_]{3,50}";

    private static final Pattern SHAPE_PATTERN = Pattern.compile(SHAPE);

    private Usernames() {}

    /**
     * The key a username is compared by.
     *
     * @param username as a client sent it, of any shape
     * @return the username with {@code A-Z} turned into {@code a-z} and every other character kept, so that a
     *         name outside the shape never equals one inside it
     */
    public static String fold(String username) {
        char[] chars = username.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /**
     * Whether two usernames name the same account.
     *
     * @param a one username, or {@code null}
     * @param b another, or {@code null}
     * @return {@code true} when both are present and fold to the same key
     */
    public static boolean same(String a, String b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }

    /**
     * Whether an account could have this name; a name that could not is answered as not found without a lookup.
     *
     * @param username as a client sent it
     * @return {@code true} for 3 to 50 ASCII letters, digits or underscores
     */
    public static boolean canExist(String username) {
        return username != null && SHAPE_PATTERN.matcher(username).matches();
    }
}
