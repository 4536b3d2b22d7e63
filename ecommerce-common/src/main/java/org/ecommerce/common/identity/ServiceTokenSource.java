package org.ecommerce.common.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Hands out the service identity's token, fetching a new one only when none is held or the held one expires
 * within the refresh margin, so that a burst of calls costs one login and no call leaves with a token about to
 * expire on the way.
 */
public final class ServiceTokenSource {

    /** A token is renewed this long before it expires. */
    static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

    private final Supplier<ServiceToken> fetcher;
    private final Clock clock;
    private ServiceToken current;

    /**
     * A source that holds no token yet.
     *
     * @param fetcher logs in and returns a fresh token; called under this source's lock
     * @param clock   the clock expiry is judged by
     */
    public ServiceTokenSource(Supplier<ServiceToken> fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /**
     * A token valid for at least the refresh margin (60 seconds), fetched when the held one is not.
     *
     * @return the JWT, without the {@code Bearer} prefix
     */
    public synchronized String token() {
        Instant now = clock.instant();
        if (current == null || !current.expiresAt().isAfter(now.plus(REFRESH_MARGIN))) {
            current = fetcher.get();
        }
        return current.value();
    }

    /** Drops the held token, for example after a 401 showed that the issuer no longer accepts it. */
    public synchronized void invalidate() {
        current = null;
    }
}
