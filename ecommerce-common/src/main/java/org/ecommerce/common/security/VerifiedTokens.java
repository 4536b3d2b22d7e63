package org.ecommerce.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens this server verified a moment ago, with what their verification found, so that a caller who sends
 * the same token again is not charged another RSA signature check. A purchase carries three tokens (the buyer's
 * to sales, the service token to inventory and to customers), and their verification was a quarter of its CPU.
 *
 * <p>The key is the whole token: a token that differs in any byte, signature included, is verified afresh. Only
 * valid results are kept, never longer than the token itself is valid ({@code exp}, and {@code iat} plus the
 * maximum token age when {@code mp.jwt.verify.token.age} is set) and never longer than the configured maximum,
 * which bounds how long a token signed with a withdrawn key is still accepted.
 */
public final class VerifiedTokens {

    private final Cache<String, Entry> entries;
    private final Duration maxAge;
    private final OptionalLong tokenAgeSeconds;
    private final Clock clock;

    /**
     * @param maxAge          how long a verification is trusted at most; zero or negative keeps nothing
     * @param maxSize         how many tokens are kept at most; the least used go first
     * @param tokenAgeSeconds the verifier's maximum age of a token after its {@code iat}, when it has one
     * @param clock           the wall clock the tokens' times are judged by
     * @param ticker          the clock the cache ages its entries by (the same time as {@code clock}, in tests)
     */
    public VerifiedTokens(Duration maxAge, long maxSize, OptionalLong tokenAgeSeconds, Clock clock, Ticker ticker) {
        this.maxAge = maxAge;
        this.tokenAgeSeconds = tokenAgeSeconds;
        this.clock = clock;
        this.entries = Caffeine.newBuilder()
                .maximumSize(Math.max(0, maxSize))
                .ticker(ticker)
                .expireAfter(new UntilInvalid())
                .build();
    }

    /** What an earlier verification of exactly this token found, while that is still true. */
    public Optional<CredentialValidationResult> find(String token) {
        Entry entry = entries.getIfPresent(token);
        // The cache evicts expired entries lazily; the check here makes sure none is ever served late.
        return entry != null && entry.validUntilMillis > clock.millis() ? Optional.of(entry.result) : Optional.empty();
    }

    /** Keeps a valid verification of this token for as long as it stays true; anything else is not kept. */
    public void remember(String token, CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID
                || !(result.getCallerPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        long now = clock.millis();
        long until = Math.min(now + maxAge.toMillis(), jwt.getExpirationTime() * 1000);
        if (tokenAgeSeconds.isPresent()) {
            until = Math.min(until, (jwt.getIssuedAtTime() + tokenAgeSeconds.getAsLong()) * 1000);
        }
        if (until > now) {
            entries.put(token, new Entry(result, until, until - now));
        }
    }

    private record Entry(CredentialValidationResult result, long validUntilMillis, long lifetimeMillis) {}

    private static final class UntilInvalid implements Expiry<String, Entry> {
        @Override
        public long expireAfterCreate(String key, Entry entry, long currentTime) {
            return Duration.ofMillis(entry.lifetimeMillis).toNanos();
        }

        @Override
        public long expireAfterUpdate(String key, Entry entry, long currentTime, long currentDuration) {
            return expireAfterCreate(key, entry, currentTime);
        }

        @Override
        public long expireAfterRead(String key, Entry entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
