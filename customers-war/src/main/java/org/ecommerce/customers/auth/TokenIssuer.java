package org.ecommerce.customers.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues RS256 tokens that every service verifies with MicroProfile JWT. Issuer and audience are read from the
 * very properties the verifier uses ({@code mp.jwt.verify.issuer}, {@code mp.jwt.verify.audiences}), so the two
 * cannot drift apart. The signing key is the PKCS#8 PEM file at {@code ecommerce.jwt.private-key.location}
 * ({@code ECOMMERCE_JWT_PRIVATE_KEY_LOCATION}).
 */
@ApplicationScoped
public class TokenIssuer {

    @Inject
    @ConfigProperty(name = "ecommerce.jwt.private-key.location")
    Optional<String> privateKeyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "ecommerce")
    String issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences", defaultValue = "ecommerce")
    String audience;

    @Inject
    @ConfigProperty(name = "ecommerce.token.lifetime.seconds", defaultValue = "900")
    long lifetimeSeconds;

    private RSASSASigner signer;

    @PostConstruct
    void loadKey() {
        String location = privateKeyLocation.orElseThrow(() -> new IllegalStateException(
                "ecommerce.jwt.private-key.location (ECOMMERCE_JWT_PRIVATE_KEY_LOCATION) is not set: "
                        + "the customers service cannot issue tokens"));
        try {
            String base64 = Files.readString(Path.of(location))
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            signer = new RSASSASigner(key);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read the token signing key at " + location, e);
        }
    }

    /**
     * The lifetime of issued tokens, in seconds.
     *
     * @return {@code ecommerce.token.lifetime.seconds} ({@code ECOMMERCE_TOKEN_LIFETIME_SECONDS}), default 900
     */
    public long lifetimeSeconds() {
        return lifetimeSeconds;
    }

    /**
     * A signed token.
     *
     * @param subject  {@code sub}: the customer id, or {@code service:<name>}
     * @param username {@code upn}
     * @param group    the one entry of {@code groups}
     * @return the compact serialisation of an RS256 JWT with {@code iss}, {@code aud}, {@code sub}, {@code upn},
     *         {@code groups}, {@code iat}, {@code exp} and a random {@code jti}
     */
    public String issue(String subject, String username, String group) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(
                        List.of(audience.split(",")).stream().map(String::trim).toList())
                .subject(subject)
                .claim("upn", username)
                .claim("groups", List.of(group))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(lifetimeSeconds)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return jwt.serialize();
    }
}
