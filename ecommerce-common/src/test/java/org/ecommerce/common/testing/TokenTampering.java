package org.ecommerce.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The token-tampering matrix, the same against one endpoint of every service: a token forged with the real key
 * gets past authentication (the control), and every kind of bad token is a 401 problem.
 */
public final class TokenTampering {

    private TokenTampering() {}

    /**
     * @param request  sends the request under test with the given token ({@code null}: none)
     * @param subject  the {@code sub} of the forged tokens
     * @param username their {@code upn}
     * @param group    their one group, which the endpoint accepts
     */
    public static void assertOnlyARealTokenGetsIn(
            Function<String, ApiResponse> request, String subject, String username, String group) {
        JWTClaimsSet claims = Tokens.claims(subject, username, group).build();
        String valid = Tokens.sign(claims);
        ApiResponse control = request.apply(valid);
        assertNotEquals(401, control.status(), () -> "a real token was refused: " + control);

        Instant now = Instant.now();
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("no token", null);
        bad.put("garbage", "not-a-jwt");
        bad.put("alg none", Tokens.unsigned(claims));
        bad.put("edited claims", Tokens.withEditedPayload(valid, "\"" + username + "\"", "\"" + username + "x\""));
        bad.put(
                "expired",
                Tokens.sign(Tokens.claims(subject, username, group)
                        .issueTime(Date.from(now.minusSeconds(3600)))
                        .expirationTime(Date.from(now.minusSeconds(1800)))
                        .build()));
        bad.put(
                "wrong issuer",
                Tokens.sign(Tokens.claims(subject, username, group)
                        .issuer("someone-else")
                        .build()));
        bad.put(
                "wrong audience",
                Tokens.sign(Tokens.claims(subject, username, group)
                        .audience("another-system")
                        .build()));
        bad.put("unknown signing key", Tokens.signWithStrangerKey(claims));
        bad.forEach((what, token) -> {
            ApiResponse response = request.apply(token);
            assertEquals(401, response.status(), () -> what + ": " + response);
            assertEquals("application/problem+json;charset=UTF-8", response.contentType(), what);
            assertEquals(401, response.json().getInt("status"), what);
            assertNotEquals(null, response.header("X-Content-Type-Options"), what);
        });
    }
}
