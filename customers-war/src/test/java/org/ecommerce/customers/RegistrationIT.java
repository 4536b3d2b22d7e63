package org.ecommerce.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.ecommerce.common.testing.Accounts;
import org.ecommerce.common.testing.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** POST /v1/customers: the registration contract, rule by rule. */
class RegistrationIT extends CustomersIT {

    @Test
    void registersACustomerWithAnEmptyWalletAndNoPasswordInTheAnswer() {
        String username = Accounts.freshUsername();
        ApiResponse response = register(Accounts.registration(username));

        assertEquals(201, response.status(), response::toString);
        assertTrue(response.header("Location").endsWith("/v1/customers/" + username), response.header("Location"));
        JsonObject customer = response.json();
        assertEquals(username, customer.getString("username"));
        assertEquals("customer", customer.getString("role"));
        assertEquals(
                "0.00",
                customer.getJsonNumber("wallet_balance").bigDecimalValue().toPlainString());
        assertEquals("Test Person", customer.getString("full_name"));
        assertEquals("single", customer.getString("marital_status"));
        assertTrue(customer.getJsonNumber("id").longValue() > 0);
        assertTrue(customer.getString("created_at").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*Z"));
        assertFalse(response.body().contains("password"), response::toString);
        assertFalse(response.body().contains(Accounts.PASSWORD), response::toString);
        assertFalse(response.body().contains("$2a$"), response::toString);
        assertEquals("no-store", response.header("Cache-Control"));
    }

    @Test
    void theStoredPasswordIsABcryptHashOfCostTenOrMore() throws Exception {
        String username = accounts.newCustomer();
        try (var db = org.ecommerce.common.testing.ItSettings.get().database();
                var query = db.prepareStatement("SELECT password_hash FROM customers.customer WHERE username = ?")) {
            query.setString(1, username);
            try (var rows = query.executeQuery()) {
                assertTrue(rows.next());
                String hash = rows.getString(1);
                assertTrue(hash.matches("\\$2a\\$(1\\d)\\$.{53}"), hash);
            }
        }
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource(
            delimiter = '|',
            value = {
                "full_name      | \"\"",
                "full_name      | \"   \"",
                "full_name      | \"" + "x101" + "\"",
                "username       | \"ab\"",
                "username       | \"has space\"",
                "username       | \"hyphen-ated\"",
                "username       | \"" + "u51" + "\"",
                "password       | \"short1\"",
                "password       | \"onlyletters\"",
                "password       | \"1234567890\"",
                "password       | \"" + "p73" + "\"",
                "age            | 0",
                "age            | 121",
                "age            | -5",
                "age            | 25.5",
                "age            | \"25\"",
                "age            | 1e400",
                "address        | \"\"",
                "address        | \"" + "x201" + "\"",
                "gender         | \"" + "x11" + "\"",
                "gender         | \"\"",
                "marital_status | \"" + "x21" + "\"",
                "marital_status | \"\"",
                "role           | \"admin\"",
                "full_name      | 42",
                "full_name      | null",
            })
    void refusesAnInvalidMember(String field, String jsonValue) {
        JsonObjectBuilder body = Accounts.registration(Accounts.freshUsername());
        body.add(field, parse(expand(jsonValue)));
        ApiResponse response = register(body);

        assertEquals(400, response.status(), response::toString);
        assertEquals("application/problem+json;charset=UTF-8", response.contentType());
        assertEquals(
                field, response.json().getJsonArray("errors").getJsonObject(0).getString("field"), response::toString);
    }

    @ParameterizedTest(name = "without {0}")
    @CsvSource({"full_name", "username", "password", "age", "address", "gender", "marital_status"})
    void refusesAMissingMember(String field) {
        JsonObject body =
                Accounts.registration(Accounts.freshUsername()).remove(field).build();
        ApiResponse response = api.post("/v1/customers", body.toString()).send();

        assertEquals(400, response.status(), response::toString);
        assertEquals(
                field, response.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void acceptsTheLimitsOfEachMember() {
        JsonObjectBuilder body = Accounts.registration("u" + "x".repeat(49))
                .add("full_name", "x".repeat(100))
                .add("address", "x".repeat(200))
                .add("gender", "x".repeat(10))
                .add("marital_status", "x".repeat(20))
                .add("age", 120)
                .add("password", "a1" + "x".repeat(70));
        ApiResponse response = register(body);
        assertEquals(201, response.status(), response::toString);
        assertEquals(
                201,
                register(Accounts.registration(Accounts.freshUsername()).add("age", 1))
                        .status());
    }

    @Test
    void countsPasswordLengthInBytes() {
        // 36 two-byte characters are 72 bytes: accepted; one more byte is refused.
        String seventyTwoBytes = "é".repeat(35) + "a1";
        assertEquals(72, seventyTwoBytes.getBytes(StandardCharsets.UTF_8).length);
        assertEquals(
                201,
                register(Accounts.registration(Accounts.freshUsername()).add("password", seventyTwoBytes))
                        .status());
        ApiResponse tooLong =
                register(Accounts.registration(Accounts.freshUsername()).add("password", seventyTwoBytes + "b"));
        assertEquals(400, tooLong.status(), tooLong::toString);
    }

    @Test
    void refusesUnknownMembersSoThatNothingCanBeSmuggledIn() {
        for (String smuggled : new String[] {"wallet_balance", "id", "created_at", "password_hash", "isAdmin"}) {
            ApiResponse response =
                    register(Accounts.registration(Accounts.freshUsername()).add(smuggled, 1000));
            assertEquals(400, response.status(), response::toString);
            assertEquals(
                    smuggled,
                    response.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }

    @Test
    void reportsEveryInvalidMemberAtOnce() {
        JsonObject body =
                Json.createObjectBuilder().add("username", "x").add("age", 500).build();
        ApiResponse response = api.post("/v1/customers", body.toString()).send();
        assertEquals(400, response.status());
        String fields = response.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .distinct()
                .sorted()
                .collect(Collectors.joining(","));
        assertEquals("address,age,full_name,gender,marital_status,password,username", fields);
    }

    @Test
    void usernamesAreUniqueRegardlessOfCase() {
        String username = accounts.newCustomer();
        ApiResponse duplicate = register(Accounts.registration(username.toUpperCase()));
        assertEquals(409, duplicate.status(), duplicate::toString);
        assertEquals(409, duplicate.json().getInt("status"));
    }

    @Test
    void aDeletedCustomersUsernameIsNeverReused() {
        String username = accounts.newCustomer();
        assertEquals(
                204,
                api.delete("/v1/customers/" + username)
                        .token(accounts.token(username))
                        .send()
                        .status());
        assertEquals(409, register(Accounts.registration(username)).status());
    }

    @Test
    void onlyAnEmployeeCreatesAnEmployee() {
        JsonObjectBuilder emp = Accounts.registration(Accounts.freshUsername()).add("role", "emp");
        assertEquals(403, register(emp).status(), "anonymous");

        String customer = accounts.newCustomer();
        ApiResponse byCustomer = api.post(
                        "/v1/customers",
                        Accounts.registration(Accounts.freshUsername())
                                .add("role", "emp")
                                .build()
                                .toString())
                .token(accounts.token(customer))
                .send();
        assertEquals(403, byCustomer.status(), byCustomer::toString);

        ApiResponse byEmployee = api.post(
                        "/v1/customers",
                        Accounts.registration(Accounts.freshUsername())
                                .add("role", "emp")
                                .build()
                                .toString())
                .token(accounts.adminToken())
                .send();
        assertEquals(201, byEmployee.status(), byEmployee::toString);
        assertEquals("emp", byEmployee.json().getString("role"));

        ApiResponse explicitCustomer =
                register(Accounts.registration(Accounts.freshUsername()).add("role", "customer"));
        assertEquals(201, explicitCustomer.status());
        assertEquals("customer", explicitCustomer.json().getString("role"));
    }

    @Test
    void malformedBodiesAreProblems() {
        for (String body : new String[] {"{", "", "[]", "\"text\"", "{\"username\": }"}) {
            ApiResponse response = api.post("/v1/customers", body).send();
            assertEquals(400, response.status(), () -> body + " -> " + response);
            assertEquals("application/problem+json;charset=UTF-8", response.contentType());
            assertFalse(response.body().contains("Exception"), response::toString);
        }
        ApiResponse xml = api.post("/v1/customers", "<customer/>")
                .header("Content-Type", "application/xml")
                .send();
        assertEquals(415, xml.status());
    }

    @Test
    void refusesBodiesOverOneMebibyteWhetherAnnouncedOrChunked() throws IOException {
        String padding = "x".repeat(1024 * 1024);
        ApiResponse announced =
                register(Accounts.registration(Accounts.freshUsername()).add("address", padding));
        assertEquals(413, announced.status(), () -> announced.status() + "");
        assertEquals(413, announced.json().getInt("status"));

        assertEquals(413, chunkedPost("/v1/customers", "{\"address\": \"" + padding + "\"}"));
        // A small chunked body still goes through.
        assertEquals(
                201,
                chunkedPost(
                        "/v1/customers",
                        Accounts.registration(Accounts.freshUsername()).build().toString()));
    }

    private ApiResponse register(JsonObjectBuilder body) {
        return api.post("/v1/customers", body.build().toString()).send();
    }

    /** A POST with Transfer-Encoding: chunked, which java.net.http does not send for a known-length body. */
    private int chunkedPost(String path, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", api.server().getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
                            + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            for (int offset = 0; offset < bytes.length; offset += 8192) {
                int length = Math.min(8192, bytes.length - offset);
                out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(bytes, offset, length);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    /** Lets the table above say "x101" for 101 x's, "u51" for a 51-letter username, "p73" for a 73-byte password. */
    private static String expand(String value) {
        java.util.regex.Matcher marker =
                java.util.regex.Pattern.compile("\"([xup])(\\d+)\"").matcher(value);
        if (!marker.matches()) {
            return value;
        }
        int length = Integer.parseInt(marker.group(2));
        String text = switch (marker.group(1)) {
            case "p" -> "a1" + "p".repeat(length - 2);
            default -> marker.group(1).repeat(length);
        };
        return "\"" + text + "\"";
    }

    private static JsonValue parse(String json) {
        if (json.equals("1e400")) {
            return Json.createValue(new java.math.BigDecimal("1e400"));
        }
        return Json.createReader(new java.io.StringReader("[" + json + "]"))
                .readArray()
                .get(0);
    }
}
