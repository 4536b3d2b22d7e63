package org.ecommerce.common.security;

import static jakarta.security.enterprise.identitystore.IdentityStore.ValidationType.PROVIDE_GROUPS;
import static jakarta.security.enterprise.identitystore.IdentityStore.ValidationType.VALIDATE;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The application's identity store handler: the one Jakarta Security defines (the validating identity stores in
 * order of priority, the first valid result wins, its groups if that store provides groups, then the groups of
 * every store that only provides groups), with one addition.
 * A bearer token it has found valid is answered from {@link VerifiedTokens} the next time it comes, instead of by
 * Payara's JWT store checking its signature again.
 *
 * <p>It replaces the container's handler as an enabled alternative, which Jakarta Security lets an application do.
 * The token is read from Payara's JWT credential by name: if a later Payara changes that class, every token is
 * simply verified each time, as without this handler.
 *
 * <p>Settings: {@code ecommerce.security.verified-tokens.seconds} (default 60; 0 verifies every request) and
 * {@code ecommerce.security.verified-tokens.size} (default 10000 tokens).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class VerifiedTokenHandler implements IdentityStoreHandler {

    static final String PAYARA_JWT_CREDENTIAL = "fish.payara.microprofile.jwtauth.eesecurity.SignedJWTCredential";

    private static final ClassValue<Optional<Method>> TOKEN_READER = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            try {
                return Optional.of(type.getMethod("getSignedJWT"));
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        }
    };

    @Inject
    @Any
    Instance<IdentityStore> identityStores;

    @Inject
    Config config;

    @Inject
    MetricRegistry metrics;

    private List<IdentityStore> validating;
    private List<IdentityStore> grouping;
    private VerifiedTokens verified;
    private Function<Credential, String> tokenOf;
    private Counter verifiedCount;
    private Counter reusedCount;

    /** For CDI. */
    public VerifiedTokenHandler() {}

    /** A handler over these stores, for tests. */
    VerifiedTokenHandler(
            List<IdentityStore> stores,
            VerifiedTokens verified,
            Function<Credential, String> tokenOf,
            Counter verifiedCount,
            Counter reusedCount) {
        use(stores, verified, tokenOf, verifiedCount, reusedCount);
    }

    @PostConstruct
    void init() {
        long seconds = config.getOptionalValue("ecommerce.security.verified-tokens.seconds", Long.class)
                .orElse(60L);
        long size = config.getOptionalValue("ecommerce.security.verified-tokens.size", Long.class)
                .orElse(10_000L);
        OptionalLong tokenAge = config.getOptionalValue("mp.jwt.verify.token.age", Long.class)
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
        use(
                StreamSupport.stream(identityStores.spliterator(), false).toList(),
                new VerifiedTokens(
                        Duration.ofSeconds(seconds), size, tokenAge, Clock.systemUTC(), Ticker.systemTicker()),
                VerifiedTokenHandler::payaraToken,
                metrics.counter("ecommerce.tokens.verified"),
                metrics.counter("ecommerce.tokens.reused"));
    }

    private void use(
            List<IdentityStore> stores,
            VerifiedTokens verified,
            Function<Credential, String> tokenOf,
            Counter verifiedCount,
            Counter reusedCount) {
        Comparator<IdentityStore> byPriority = Comparator.comparingInt(IdentityStore::priority);
        this.validating = stores.stream()
                .filter(s -> s.validationTypes().contains(VALIDATE))
                .sorted(byPriority)
                .toList();
        this.grouping = stores.stream()
                .filter(s -> s.validationTypes().contains(PROVIDE_GROUPS)
                        && !s.validationTypes().contains(VALIDATE))
                .sorted(byPriority)
                .toList();
        this.verified = verified;
        this.tokenOf = tokenOf;
        this.verifiedCount = verifiedCount;
        this.reusedCount = reusedCount;
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        String token = tokenOf.apply(credential);
        if (token == null) {
            return validateByStores(credential);
        }
        Optional<CredentialValidationResult> known = verified.find(token);
        if (known.isPresent()) {
            reusedCount.inc();
            return known.get();
        }
        verifiedCount.inc();
        CredentialValidationResult result = validateByStores(credential);
        verified.remember(token, result);
        return result;
    }

    private CredentialValidationResult validateByStores(Credential credential) {
        CredentialValidationResult valid = null;
        IdentityStore validator = null;
        boolean refused = false;
        for (IdentityStore store : validating) {
            CredentialValidationResult result = store.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                valid = result;
                validator = store;
                break;
            }
            refused |= result.getStatus() == CredentialValidationResult.Status.INVALID;
        }
        if (valid == null) {
            return refused
                    ? CredentialValidationResult.INVALID_RESULT
                    : CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Set<String> groups = new HashSet<>();
        if (validator.validationTypes().contains(PROVIDE_GROUPS)) {
            groups.addAll(valid.getCallerGroups());
        }
        for (IdentityStore store : grouping) {
            groups.addAll(store.getCallerGroups(valid));
        }
        return new CredentialValidationResult(
                valid.getIdentityStoreId(),
                valid.getCallerPrincipal(),
                valid.getCallerDn(),
                valid.getCallerUniqueId(),
                groups);
    }

    /** The token inside Payara's JWT credential; {@code null} for any other credential. */
    static String payaraToken(Credential credential) {
        if (credential == null || !credential.getClass().getName().equals(PAYARA_JWT_CREDENTIAL)) {
            return null;
        }
        Optional<Method> reader = TOKEN_READER.get(credential.getClass());
        try {
            return reader.isPresent() ? (String) reader.get().invoke(credential) : null;
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }
}
