package org.ecommerce.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Accounts for tests: each test makes its own, with a fresh username, so no test depends on another. */
public final class Accounts {

    /** The password every test account gets. */
    public static final String PASSWORD = "passw0rd-for-tests";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Api api;

    public Accounts(Api api) {
        this.api = api;
    }

    /** A username no test has used: {@code t_} and 16 hex digits. */
    public static String freshUsername() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return "t_" + HexFormat.of().formatHex(bytes);
    }

    /** A complete, valid registration body. */
    public static JsonObjectBuilder registration(String username) {
        return Json.createObjectBuilder()
                .add("full_name", "Test Person")
                .add("username", username)
                .add("password", PASSWORD)
                .add("age", 30)
                .add("address", "1 Test Street")
                .add("gender", "x")
                .add("marital_status", "single");
    }

    /** Registers a customer and returns its username. */
    public String newCustomer() {
        String username = freshUsername();
        ApiResponse response = api.post(
                        "/v1/customers", registration(username).build().toString())
                .send();
        assertEquals(201, response.status(), response::toString);
        return username;
    }

    /** Registers an employee (through the configured admin) and returns its username. */
    public String newEmployee() {
        String username = freshUsername();
        ApiResponse response = api.post(
                        "/v1/customers",
                        registration(username).add("role", "emp").build().toString())
                .token(adminToken())
                .send();
        assertEquals(201, response.status(), response::toString);
        return username;
    }

    /** The wallet balance of a customer, as the profile shows it to {@code token}'s owner. */
    public BigDecimal balance(String username, String token) {
        return api.get("/v1/customers/" + username)
                .token(token)
                .send()
                .json()
                .getJsonNumber("wallet_balance")
                .bigDecimalValue();
    }

    public String token(String username) {
        return login(username, PASSWORD);
    }

    public String login(String username, String password) {
        ApiResponse response = api.post(
                        "/v1/auth/login",
                        Json.createObjectBuilder()
                                .add("username", username)
                                .add("password", password)
                                .build()
                                .toString())
                .send();
        assertEquals(200, response.status(), response::toString);
        return response.json().getString("access_token");
    }

    /** A token of the employee the test run configured (ECOMMERCE_ADMIN_USERNAME/PASSWORD). */
    public String adminToken() {
        return login(ItSettings.get().adminUsername(), ItSettings.get().adminPassword());
    }

    /** A token of the service identity, as the sales service would obtain it. */
    public String serviceToken() {
        ApiResponse response = api.post(
                        "/v1/auth/service-token",
                        Json.createObjectBuilder()
                                .add("service", "sales")
                                .add("secret", ItSettings.get().serviceSecret())
                                .build()
                                .toString())
                .send();
        assertEquals(200, response.status(), response::toString);
        return response.json().getString("access_token");
    }
}
