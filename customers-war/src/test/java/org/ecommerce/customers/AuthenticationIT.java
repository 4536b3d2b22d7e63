package org.ecommerce.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.ecommerce.common.security.Usernames;
import org.ecommerce.common.testing.Accounts;
import org.ecommerce.common.testing.ApiResponse;
import org.ecommerce.common.testing.Concurrently;
import org.ecommerce.common.testing.ItSettings;
import org.ecommerce.common.testing.Metrics;
import org.ecommerce.common.testing.TokenTampering;
import org.ecommerce.common.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Login, throttling, the service identity, and the verification of every kind of bad token. */
class AuthenticationIT extends CustomersIT {

    @Test
    void loginIssuesAnRs256TokenWithTheContractsClaims() throws Exception {
        String username = accounts.newCustomer();
        ApiResponse response = login(username.toUpperCase(), Accounts.PASSWORD);

        assertEquals(200, response.status(), response::toString);
        assertEquals("Bearer", response.json().getString("token_type"));
        assertEquals(900, response.json().getInt("expires_in"));
        SignedJWT jwt = SignedJWT.parse(response.json().getString("access_token"));
        assertEquals("RS256", jwt.getHeader().getAlgorithm().getName());
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals("ecommerce", claims.getIssuer());
        assertEquals(List.of("ecommerce"), claims.getAudience());
        assertEquals(username, claims.getStringClaim("upn"));
        assertEquals(List.of("customer"), claims.getStringListClaim("groups"));
        assertNotNull(claims.getJWTID());
        assertEquals(
                900,
                (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000);
        String id = Long.toString(api.get("/v1/customers/" + username)
                .token(jwt.serialize())
                .send()
                .json()
                .getJsonNumber("id")
                .longValue());
        assertEquals(id, claims.getSubject());
    }

    @Test
    void anEmployeeTokenCarriesTheEmpGroup() throws Exception {
        SignedJWT jwt = SignedJWT.parse(accounts.adminToken());
        assertEquals(List.of("emp"), jwt.getJWTClaimsSet().getStringListClaim("groups"));
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() {
        String username = accounts.newCustomer();
        ApiResponse wrongPassword = login(username, "wrong-passw0rd");
        ApiResponse unknownUser = login(Accounts.freshUsername(), "wrong-passw0rd");

        assertEquals(401, wrongPassword.status());
        assertEquals(401, unknownUser.status());
        assertEquals(wrongPassword.body(), unknownUser.body());
        assertEquals("application/problem+json;charset=UTF-8", unknownUser.contentType());
    }

    @Test
    void aPasswordOverSeventyTwoBytesNeverMatches() {
        // bcrypt compares only 72 bytes: a longer password sharing them must not log in.
        String username = Accounts.freshUsername();
        String password = "a1" + "x".repeat(70);
        assertEquals(
                201,
                api.post(
                                "/v1/customers",
                                Accounts.registration(username)
                                        .add("password", password)
                                        .build()
                                        .toString())
                        .send()
                        .status());
        assertEquals(200, login(username, password).status());
        assertEquals(401, login(username, password + "y").status());
    }

    @Test
    void loginNeedsBothMembers() {
        ApiResponse response =
                api.post("/v1/auth/login", "{\"username\": \"someone\"}").send();
        assertEquals(400, response.status());
        assertEquals(
                "password",
                response.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void tenFailuresThrottleTheUsernameEvenForTheRightPassword() {
        String username = accounts.newCustomer();
        for (int i = 0; i < 10; i++) {
            assertEquals(401, login(username, "wrong-passw0rd").status(), "attempt " + (i + 1));
        }
        ApiResponse throttled = login(username, Accounts.PASSWORD);
        assertEquals(429, throttled.status(), throttled::toString);
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 300, "Retry-After " + retryAfter);
        assertEquals(429, throttled.json().getInt("status"));
        // Another username is not affected.
        assertEquals(200, login(accounts.newCustomer(), Accounts.PASSWORD).status());
    }

    @Test
    void nineFailuresDoNotThrottleAndASuccessResetsTheCount() {
        String username = accounts.newCustomer();
        for (int i = 0; i < 9; i++) {
            assertEquals(401, login(username, "wrong-passw0rd").status());
        }
        assertEquals(200, login(username, Accounts.PASSWORD).status());
        for (int i = 0; i < 9; i++) {
            assertEquals(401, login(username, "wrong-passw0rd").status());
        }
        assertEquals(200, login(username, Accounts.PASSWORD).status());
    }

    @Test
    void unknownUsernamesAreThrottledTheSameWay() {
        String unknown = Accounts.freshUsername();
        for (int i = 0; i < 10; i++) {
            assertEquals(401, login(unknown, "wrong-passw0rd").status());
        }
        ApiResponse throttled = login(unknown, "wrong-passw0rd");
        assertEquals(429, throttled.status());
        assertNotNull(throttled.header("Retry-After"));
    }

    @Test
    void thirtyGuessesAtOnceCountNoMoreFailuresThanTheLimitAllows() throws Exception {
        String username = accounts.newCustomer();

        List<Integer> statuses = Concurrently.run(
                60, 30, i -> login(username, "wrong-passw0rd-" + i).status());

        assertEquals(10, statuses.stream().filter(s -> s == 401).count(), statuses::toString);
        assertEquals(50, statuses.stream().filter(s -> s == 429).count(), statuses::toString);
        assertEquals(429, login(username, Accounts.PASSWORD).status(), "the right password waits too");
        assertEquals(10, failuresRecorded(username), "each allowed guess is one recorded failure");
    }

    @Test
    void aUsernameWithADottedCapitalIIsAnotherNameAndCannotLogIn() {
        String username = "pi_" + Accounts.freshUsername();
        assertEquals(
                201,
                api.post(
                                "/v1/customers",
                                Accounts.registration(username).build().toString())
                        .send()
                        .status());
        String dotted = username.toUpperCase().replace('I', '\u0130');

        assertEquals(401, login(dotted, Accounts.PASSWORD).status(), "İ is not I: no account has that name");
        for (int i = 0; i < 10; i++) {
            login(username.toUpperCase(), "wrong-passw0rd");
        }
        assertEquals(429, login(username, Accounts.PASSWORD).status(), "every ASCII spelling shares one bucket");
        assertEquals(10, failuresRecorded(username), "the dotted attempt counted in a bucket of its own");
    }

    @Test
    void failuresOfNamesNeverTriedAgainAreForgottenOnceOutOfTheWindow() throws Exception {
        String stale = Accounts.freshUsername();
        String recent = Accounts.freshUsername();
        try (Connection db = ItSettings.get().database();
                PreparedStatement insert =
                        db.prepareStatement("INSERT INTO customers.login_failure (username, failed_at) "
                                + "VALUES (?, now() - interval '10 minutes'), (?, now())")) {
            insert.setString(1, stale);
            insert.setString(2, recent);
            insert.executeUpdate();
        }
        // The tests' servers purge every 2 s.
        for (int i = 0; i < 50 && failuresRecorded(stale) > 0; i++) {
            Thread.sleep(200);
        }
        assertEquals(0, failuresRecorded(stale), "a failure older than the window is purged");
        assertEquals(1, failuresRecorded(recent), "one inside the window stays");
    }

    @Test
    void aNameOutsideTheConfiguredServicesGetsNoTokenEvenWithTheSecret() {
        ApiResponse stranger = serviceLogin("anything", ItSettings.get().serviceSecret());
        assertEquals(401, stranger.status(), stranger::toString);
        assertEquals("application/problem+json;charset=UTF-8", stranger.contentType());

        assertEquals(
                200, serviceLogin("it-caller", ItSettings.get().serviceSecret()).status());
    }

    @Test
    void wrongServiceSecretsAreThrottledAndTheRightOneNeverIs() {
        for (int i = 0; i < 10; i++) {
            assertEquals(401, serviceLogin("it-caller", "guess-" + i).status(), "guess " + (i + 1));
        }
        ApiResponse throttled = serviceLogin("it-caller", "guess-11");
        assertEquals(429, throttled.status(), throttled::toString);
        assertNotNull(throttled.header("Retry-After"));

        // Anyone can send wrong secrets in the name of a service: that must not lock the service out.
        assertEquals(
                200, serviceLogin("it-caller", ItSettings.get().serviceSecret()).status());
    }

    @Test
    void aServiceLogsInWithTheSharedSecretOnly() throws Exception {
        String token = accounts.serviceToken();
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertEquals(List.of("service"), claims.getStringListClaim("groups"));
        assertEquals("sales", claims.getStringClaim("upn"));

        ApiResponse wrong = api.post(
                        "/v1/auth/service-token",
                        Json.createObjectBuilder()
                                .add("service", "sales")
                                .add("secret", ItSettings.get().serviceSecret() + "x")
                                .build()
                                .toString())
                .send();
        assertEquals(401, wrong.status());
    }

    @Test
    void aValidTokenForgedWithTheRealKeyIsAccepted() {
        // The control for the refusals below: the forging helper itself makes tokens the service accepts.
        String username = accounts.newCustomer();
        String id = subjectOf(username);
        assertEquals(
                200,
                get(
                                username,
                                Tokens.sign(
                                        Tokens.claims(id, username, "customer").build()))
                        .status());
    }

    @Test
    void everyKindOfBadTokenIsRefusedWith401() {
        String username = accounts.newCustomer();
        TokenTampering.assertOnlyARealTokenGetsIn(
                token -> get(username, token), subjectOf(username), username, "customer");
    }

    @Test
    void aTokenAnsweredFromMemoryStillExpiresOnTime() throws InterruptedException {
        String username = accounts.newCustomer();
        String id = subjectOf(username);
        // JWT times are whole seconds: this token is invalid from the start of the second that exp names.
        Instant expiry = Instant.now().plusSeconds(3);
        String token = Tokens.sign(Tokens.claims(id, username, "customer")
                .expirationTime(Date.from(expiry))
                .build());
        long reused = tokenCounter("reused");

        assertEquals(200, get(username, token).status());
        assertEquals(200, get(username, token).status());
        assertEquals(reused + 1, tokenCounter("reused"), "the second request was answered from memory");

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 1_100);
        assertUnauthorized(get(username, token), "expired while remembered");
    }

    @Test
    void aRememberedTokenWithAnyByteChangedIsVerifiedAndRefused() {
        String username = accounts.newCustomer();
        String valid = accounts.token(username);
        assertEquals(200, get(username, valid).status());
        long verified = tokenCounter("verified");

        assertUnauthorized(get(username, Tokens.withEditedPayload(valid, "\"customer\"", "\"emp\"")), "edited claims");
        int inSignature = valid.lastIndexOf('.') + 10;
        char swapped = valid.charAt(inSignature) == 'A' ? 'B' : 'A';
        assertUnauthorized(
                get(username, valid.substring(0, inSignature) + swapped + valid.substring(inSignature + 1)),
                "edited signature");
        assertEquals(verified + 2, tokenCounter("verified"), "both were verified, neither answered from memory");
        assertEquals(200, get(username, valid).status(), "the real token is still accepted");
    }

    /** One of the counters of token verification: {@code verified} afresh, or {@code reused}. */
    private long tokenCounter(String which) {
        return Metrics.value(api, "ecommerce_tokens_" + which + "_total");
    }

    private void assertUnauthorized(ApiResponse response, String what) {
        assertEquals(401, response.status(), () -> what + ": " + response);
        assertEquals("application/problem+json;charset=UTF-8", response.contentType(), what);
        assertEquals(401, response.json().getInt("status"), what);
        assertNotEquals(null, response.header("X-Content-Type-Options"), what);
    }

    private String subjectOf(String username) {
        return Long.toString(api.get("/v1/customers/" + username)
                .token(accounts.token(username))
                .send()
                .json()
                .getJsonNumber("id")
                .longValue());
    }

    private ApiResponse get(String username, String token) {
        return api.get("/v1/customers/" + username).token(token).send();
    }

    private ApiResponse serviceLogin(String service, String secret) {
        return post("/v1/auth/service-token", "service", service, "secret", secret);
    }

    private static long failuresRecorded(String username) {
        try (Connection db = ItSettings.get().database();
                PreparedStatement query =
                        db.prepareStatement("SELECT COUNT(*) FROM customers.login_failure WHERE username = ?")) {
            query.setString(1, Usernames.fold(username));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private ApiResponse login(String username, String password) {
        return post("/v1/auth/login", "username", username, "password", password);
    }

    private ApiResponse post(String path, String name, String value, String secretName, String secret) {
        return api.post(
                        path,
                        Json.createObjectBuilder()
                                .add(name, value)
                                .add(secretName, secret)
                                .build()
                                .toString())
                .send();
    }
}
