package org.ecommerce.common.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Hands out the service identity's token, fetching a new one only when none is held, the held one expires within
 * the refresh margin, or a service refused it: a burst of calls costs one login, and no call leaves with a token
 * about to expire on the way. No lock is held while logging in: callers that need a token at that moment wait
 * for the same login, and everyone else goes on with the token held.
 */
public final class ServiceTokenSource {

    /** A token is renewed this long before it expires. */
    static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

    private final Supplier<ServiceToken> fetcher;
    private final Clock clock;
    private final AtomicReference<ServiceToken> current = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<ServiceToken>> login = new AtomicReference<>();

    /**
     * A source that holds no token yet.
     *
     * @param fetcher logs in and returns a fresh token; at most one call of it runs at a time
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
     * @throws RuntimeException what the login threw, to every caller that waited for it
     */
    public String token() {
        ServiceToken held = current.get();
        if (usable(held)) {
            return held.value();
        }
        CompletableFuture<ServiceToken> mine = new CompletableFuture<>();
        CompletableFuture<ServiceToken> running = login.compareAndExchange(null, mine);
        if (running != null) {
            return await(running).value();
        }
        try {
            // Another login may have finished between the read above and taking the turn.
            ServiceToken renewed = current.get();
            if (!usable(renewed)) {
                renewed = fetcher.get();
                current.set(renewed);
            }
            mine.complete(renewed);
            return renewed.value();
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            login.set(null);
        }
    }

    /**
     * Drops the token a service refused with 401 (the token keys changed, say), so that the next call logs in
     * again. A token fetched since is kept: many calls refused with the same old token cost one login.
     *
     * @param refused the token the refused call carried
     */
    public void invalidate(String refused) {
        ServiceToken held = current.get();
        if (held != null && held.value().equals(refused)) {
            current.compareAndSet(held, null);
        }
    }

    private boolean usable(ServiceToken token) {
        Instant now = clock.instant();
        return token != null && token.expiresAt().isAfter(now.plus(REFRESH_MARGIN));
    }

    private static ServiceToken await(CompletableFuture<ServiceToken> login) {
        try {
            return login.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
