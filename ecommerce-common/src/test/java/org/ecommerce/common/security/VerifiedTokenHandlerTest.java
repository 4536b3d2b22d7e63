package org.ecommerce.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.metrics.Counter;
import org.ecommerce.common.testing.SettableClock;
import org.junit.jupiter.api.Test;

class VerifiedTokenHandlerTest {

    private static final long START = 1_800_000_000L;

    private final FakeTime time = new FakeTime(START * 1000);
    private final CountingCounter verifiedCount = new CountingCounter();
    private final CountingCounter reusedCount = new CountingCounter();

    @Test
    void aValidTokenIsVerifiedOnceAndThenAnsweredFromMemory() {
        JwtStore store = new JwtStore(START + 900);
        VerifiedTokenHandler handler = handler(Duration.ofSeconds(60), OptionalLong.empty(), store);

        CredentialValidationResult first = handler.validate(new Bearer("token-a"));
        CredentialValidationResult second = handler.validate(new Bearer("token-a"));

        assertEquals(CredentialValidationResult.Status.VALID, second.getStatus());
        assertSame(first.getCallerPrincipal(), second.getCallerPrincipal());
        assertEquals(Set.of("customer"), second.getCallerGroups());
        assertEquals(List.of("token-a"), store.verified);
        assertEquals(1, verifiedCount.getCount());
        assertEquals(1, reusedCount.getCount());
    }

    @Test
    void aTokenDifferentInAnyByteIsVerifiedAfresh() {
        JwtStore store = new JwtStore(START + 900);
        VerifiedTokenHandler handler = handler(Duration.ofSeconds(60), OptionalLong.empty(), store);

        handler.validate(new Bearer("header.payload.signature"));
        handler.validate(new Bearer("header.payload.signaturf"));

        assertEquals(List.of("header.payload.signature", "header.payload.signaturf"), store.verified);
        assertEquals(0, reusedCount.getCount());
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        JwtStore store = new JwtStore(START + 900).refusing("forged");
        VerifiedTokenHandler handler = handler(Duration.ofSeconds(60), OptionalLong.empty(), store);

        assertEquals(
                CredentialValidationResult.Status.INVALID,
                handler.validate(new Bearer("forged")).getStatus());
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                handler.validate(new Bearer("forged")).getStatus());

        assertEquals(List.of("forged", "forged"), store.verified);
    }

    @Test
    void aTokenIsNotAnsweredFromMemoryOnceItHasExpired() {
        JwtStore store = new JwtStore(START + 10);
        VerifiedTokenHandler handler = handler(Duration.ofSeconds(60), OptionalLong.empty(), store);

        handler.validate(new Bearer("short-lived"));
        time.advance(Duration.ofMillis(9_999));
        handler.validate(new Bearer("short-lived"));
        time.advance(Duration.ofMillis(1));
        handler.validate(new Bearer("short-lived"));

        assertEquals(List.of("short-lived", "short-lived"), store.verified);
    }

    @Test
    void aVerificationIsTrustedForTheConfiguredTimeAtMost() {
        JwtStore store = new JwtStore(START + 900);
        VerifiedTokenHandler handler = handler(Duration.ofSeconds(60), OptionalLong.empty(), store);

        handler.validate(new Bearer("long-lived"));
        time.advance(Duration.ofSeconds(59));
        handler.validate(new Bearer("long-lived"));
        time.advance(Duration.ofSeconds(1));
        handler.validate(new Bearer("long-lived"));

        assertEquals(List.of("long-lived", "long-lived"), store.verified);
    }

    @Test
    void theMaximumTokenAgeIsHonoured() {
        // Issued 50 s ago, with tokens accepted up to 60 s after issue: 10 s left, though exp is far away.
        JwtStore store = new JwtStore(START + 900).issuedAt(START - 50);
        VerifiedTokenHandler handler = handler(Duration.ofSeconds(60), OptionalLong.of(60), store);

        handler.validate(new Bearer("aging"));
        time.advance(Duration.ofSeconds(9));
        handler.validate(new Bearer("aging"));
        time.advance(Duration.ofSeconds(1));
        handler.validate(new Bearer("aging"));

        assertEquals(List.of("aging", "aging"), store.verified);
    }

    @Test
    void zeroSecondsVerifiesEveryRequest() {
        JwtStore store = new JwtStore(START + 900);
        VerifiedTokenHandler handler = handler(Duration.ZERO, OptionalLong.empty(), store);

        handler.validate(new Bearer("token-a"));
        handler.validate(new Bearer("token-a"));

        assertEquals(List.of("token-a", "token-a"), store.verified);
    }

    @Test
    void otherCredentialsGoToTheStoresEveryTime() {
        JwtStore store = new JwtStore(START + 900);
        VerifiedTokenHandler handler = handler(Duration.ofSeconds(60), OptionalLong.empty(), store);
        Credential password = new UsernamePasswordCredential("alice", "secret");

        assertEquals(
                CredentialValidationResult.Status.NOT_VALIDATED,
                handler.validate(password).getStatus());
        assertEquals(
                CredentialValidationResult.Status.NOT_VALIDATED,
                handler.validate(password).getStatus());
        assertEquals(0, verifiedCount.getCount() + reusedCount.getCount());
    }

    @Test
    void storesAreAskedInOrderOfPriorityAndGroupsComeAsJakartaSecurityDefines() {
        JwtStore second = new JwtStore(START + 900).withPriority(200);
        JwtStore first = new JwtStore(START + 900).withPriority(10).refusing("token-a");
        IdentityStore groupsOnly = new IdentityStore() {
            @Override
            public Set<String> getCallerGroups(CredentialValidationResult result) {
                return Set.of("auditor");
            }

            @Override
            public Set<ValidationType> validationTypes() {
                return EnumSet.of(ValidationType.PROVIDE_GROUPS);
            }
        };
        VerifiedTokenHandler handler = new VerifiedTokenHandler(
                List.of(second, groupsOnly, first),
                tokens(Duration.ofSeconds(60), OptionalLong.empty()),
                c -> c instanceof Bearer b ? b.token : null,
                verifiedCount,
                reusedCount);

        CredentialValidationResult result = handler.validate(new Bearer("token-a"));

        assertEquals(List.of("token-a"), first.verified);
        assertEquals(List.of("token-a"), second.verified);
        assertEquals(Set.of("customer", "auditor"), result.getCallerGroups());
    }

    @Test
    void groupsOfAValidatingStoreThatDoesNotProvideGroupsAreLeftOut() {
        JwtStore store = new JwtStore(START + 900).validatingOnly();
        VerifiedTokenHandler handler = handler(Duration.ofSeconds(60), OptionalLong.empty(), store);

        assertEquals(Set.of(), handler.validate(new Bearer("token-a")).getCallerGroups());
    }

    @Test
    void onlyPayarasJwtCredentialIsReadForItsToken() {
        assertNull(VerifiedTokenHandler.payaraToken(new Bearer("token-a")));
        assertNull(VerifiedTokenHandler.payaraToken(new UsernamePasswordCredential("alice", "secret")));
        assertNull(VerifiedTokenHandler.payaraToken(null));
    }

    private VerifiedTokenHandler handler(Duration maxAge, OptionalLong tokenAge, JwtStore store) {
        return new VerifiedTokenHandler(
                List.of(store),
                tokens(maxAge, tokenAge),
                c -> c instanceof Bearer b ? b.token : null,
                verifiedCount,
                reusedCount);
    }

    private VerifiedTokens tokens(Duration maxAge, OptionalLong tokenAge) {
        return new VerifiedTokens(maxAge, 100, tokenAge, time.clock(), time);
    }

    private record Bearer(String token) implements Credential {}

    /** A JWT identity store that accepts every token but those it is told to refuse, and records what it checked. */
    private static final class JwtStore implements IdentityStore {
        final List<String> verified = new ArrayList<>();
        private final long expiresAt;
        private long issuedAt = START;
        private int priority = 100;
        private String refused;
        private Set<ValidationType> types = EnumSet.allOf(ValidationType.class);

        JwtStore(long expiresAt) {
            this.expiresAt = expiresAt;
        }

        JwtStore refusing(String token) {
            refused = token;
            return this;
        }

        JwtStore issuedAt(long seconds) {
            issuedAt = seconds;
            return this;
        }

        JwtStore withPriority(int value) {
            priority = value;
            return this;
        }

        JwtStore validatingOnly() {
            types = EnumSet.of(ValidationType.VALIDATE);
            return this;
        }

        @Override
        public CredentialValidationResult validate(Credential credential) {
            if (!(credential instanceof Bearer bearer)) {
                return CredentialValidationResult.NOT_VALIDATED_RESULT;
            }
            String token = bearer.token;
            verified.add(token);
            if (token.equals(refused)) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            return new CredentialValidationResult(
                    new Jwt(Map.of("sub", "7", "exp", expiresAt, "iat", issuedAt)), Set.of("customer"));
        }

        @Override
        public int priority() {
            return priority;
        }

        @Override
        public Set<ValidationType> validationTypes() {
            return types;
        }
    }

    private static final class Jwt extends CallerPrincipal implements JsonWebToken {
        private final Map<String, Object> claims;

        Jwt(Map<String, Object> claims) {
            super((String) claims.get("sub"));
            this.claims = claims;
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) claims.get(name);
        }
    }

    /** Wall clock and cache ticker in one, moved by the test. */
    private static final class FakeTime implements Ticker {
        private final SettableClock clock;

        FakeTime(long startMillis) {
            clock = new SettableClock(Instant.ofEpochMilli(startMillis));
        }

        void advance(Duration by) {
            clock.advance(by);
        }

        @Override
        public long read() {
            return Duration.ofMillis(clock.millis()).toNanos();
        }

        Clock clock() {
            return clock;
        }
    }

    private static final class CountingCounter implements Counter {
        private long count;

        @Override
        public void inc() {
            count++;
        }

        @Override
        public void inc(long n) {
            count += n;
        }

        @Override
        public long getCount() {
            return count;
        }
    }
}
