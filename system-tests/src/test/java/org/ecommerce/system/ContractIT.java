package org.ecommerce.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.function.Supplier;
import org.ecommerce.common.testing.Accounts;
import org.ecommerce.common.testing.Api;
import org.ecommerce.common.testing.ApiResponse;
import org.junit.jupiter.api.Test;

/**
 * Every operation of docs/openapi.yaml, with its success and the refusals a client meets most (no token, the wrong
 * role, nothing there, bad input, a body that is not JSON), sent through the validating proxy: each answer must be
 * one the document describes, member by member and status by status. The other system tests exercise the rules
 * behind these answers; this one makes sure every operation's answers are checked against the document.
 */
class ContractIT extends SystemIT {

    private static final String NOT_JSON = "not json";

    @Test
    void customersAndLogin() {
        String ada = accounts.newCustomer();
        String token = accounts.token(ada);
        String other = accounts.token(accounts.newCustomer());
        String path = "/v1/customers/" + ada;

        expect(400, () -> api.post("/v1/customers", "{\"username\": \"x\"}").send());
        expect(
                403,
                () -> api.post(
                                "/v1/customers",
                                Accounts.registration(Accounts.freshUsername())
                                        .add("role", "emp")
                                        .build()
                                        .toString())
                        .send());
        expect(
                409,
                () -> api.post(
                                "/v1/customers",
                                Accounts.registration(ada).build().toString())
                        .send());
        expectTextRefused(api.post("/v1/customers", NOT_JSON));

        expect(200, () -> api.get("/v1/customers?limit=2").token(emp).send());
        expect(400, () -> api.get("/v1/customers?limit=-1").token(emp).send());
        expect(401, () -> api.get("/v1/customers").send());
        expect(403, () -> api.get("/v1/customers").token(token).send());

        expect(200, () -> api.get(path).token(token).send());
        expect(401, () -> api.get(path).send());
        expect(403, () -> api.get(path).token(other).send());
        expect(404, () -> api.get("/v1/customers/no_such_customer").token(emp).send());
        // An encoded NUL in a path is refused by the web container before any operation sees it: a bare 400 with
        // no body and none of the API's headers, which neither the document nor the application can shape.
        ApiResponse nul = new Api(SystemUnderTest.get().serverFor("/v1/customers"))
                .get("/v1/customers/%00")
                .send();
        assertEquals(400, nul.status(), nul::toString);
        assertEquals("", nul.body());

        expect(
                200,
                () -> api.patch(path, "{\"address\": \"2 Other Street\"}")
                        .token(token)
                        .send());
        expect(400, () -> api.patch(path, "{\"age\": \"old\"}").token(token).send());
        expect(403, () -> api.patch(path, "{\"role\": \"emp\"}").token(token).send());
        expectTextRefused(api.patch(path, NOT_JSON).token(token));

        expect(
                200,
                () -> api.post(
                                "/v1/auth/login",
                                "{\"username\": \"" + ada + "\", \"password\": \"" + Accounts.PASSWORD + "\"}")
                        .send());
        expect(
                401,
                () -> api.post("/v1/auth/login", "{\"username\": \"" + ada + "\", \"password\": \"wr0ngpassword\"}")
                        .send());
        expect(400, () -> api.post("/v1/auth/login", "{}").send());
        expect(
                401,
                () -> api.post("/v1/auth/service-token", "{\"service\": \"sales\", \"secret\": \"guess\"}")
                        .send());
        accounts.serviceToken();

        expect(403, () -> api.delete(path).token(other).send());
        expect(204, () -> api.delete(path).token(token).send());
        expect(404, () -> api.delete(path).token(emp).send());
    }

    @Test
    void wallets() {
        String ada = accounts.newCustomer();
        String token = accounts.token(ada);
        String other = accounts.token(accounts.newCustomer());
        String wallet = "/v1/customers/" + ada;

        expect(
                200,
                () -> api.put(wallet + "/charge", "{\"amount\": 50.25}")
                        .token(token)
                        .send());
        expect(
                200,
                () -> api.put(wallet + "/charge", "{\"amount\": 1.00}")
                        .header("Idempotency-Key", "contract-" + ada)
                        .token(token)
                        .send());
        expect(
                422,
                () -> api.put(wallet + "/charge", "{\"amount\": 2.00}")
                        .header("Idempotency-Key", "contract-" + ada)
                        .token(token)
                        .send());
        expect(
                400,
                () -> api.put(wallet + "/charge", "{\"amount\": 0.001}")
                        .token(token)
                        .send());
        expect(
                403,
                () -> api.put(wallet + "/charge", "{\"amount\": 1}")
                        .token(other)
                        .send());
        expect(
                404,
                () -> api.put("/v1/customers/no_such_customer/charge", "{\"amount\": 1}")
                        .token(emp)
                        .send());
        expectTextRefused(api.put(wallet + "/charge", NOT_JSON).token(token));

        expect(
                200,
                () -> api.put(wallet + "/deduct", "{\"amount\": 0.25}")
                        .token(token)
                        .send());
        expect(
                409,
                () -> api.put(wallet + "/deduct", "{\"amount\": 999999}")
                        .token(token)
                        .send());
        expect(401, () -> api.put(wallet + "/deduct", "{\"amount\": 1}").send());

        long debit = api
                .get(wallet + "/wallet/transactions?limit=100")
                .token(token)
                .send()
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(row -> row.getString("kind").equals("deduct"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        String refund = "{\"amount\": 0.25, \"debit_id\": " + debit + "}";
        expect(200, () -> api.put(wallet + "/refund", refund).token(emp).send());
        expect(409, () -> api.put(wallet + "/refund", refund).token(emp).send());
        expect(
                400,
                () -> api.put(wallet + "/refund", "{\"amount\": 1}").token(emp).send());
        expect(403, () -> api.put(wallet + "/refund", refund).token(token).send());

        expect(200, () -> api.get(wallet + "/wallet/transactions").token(token).send());
        expect(
                400,
                () -> api.get(wallet + "/wallet/transactions?offset=x")
                        .token(token)
                        .send());
        expect(403, () -> api.get(wallet + "/wallet/transactions").token(other).send());
    }

    @Test
    void goodsAndStock() {
        String customer = accounts.token(accounts.newCustomer());
        String good = "{\"name\": \"Contract kettle\", \"category\": \"electronics\", \"price\": 19.99, "
                + "\"description\": \"Boils\", \"count\": 5}";

        ApiResponse created = expect(
                201, () -> api.post("/v1/inventory/goods", good).token(emp).send());
        String path =
                "/v1/inventory/goods/" + created.json().getJsonNumber("id").longValue();
        expect(
                400,
                () -> api.post("/v1/inventory/goods", "{\"name\": \"\"}")
                        .token(emp)
                        .send());
        expect(401, () -> api.post("/v1/inventory/goods", good).send());
        expect(403, () -> api.post("/v1/inventory/goods", good).token(customer).send());
        expectTextRefused(api.post("/v1/inventory/goods", NOT_JSON).token(emp));

        expect(
                200,
                () -> api.get("/v1/inventory/goods?category=electronics&in_stock=true&limit=5")
                        .send());
        expect(400, () -> api.get("/v1/inventory/goods?category=toys").send());
        expect(200, () -> api.get(path).send());
        expect(404, () -> api.get("/v1/inventory/goods/999999999").send());
        expect(404, () -> api.get("/v1/inventory/goods/abc").send());

        expect(200, () -> api.patch(path, "{\"price\": 21.50}").token(emp).send());
        expect(400, () -> api.patch(path, "{\"count\": -1}").token(emp).send());
        expect(403, () -> api.patch(path, "{\"price\": 1}").token(customer).send());

        expect(200, () -> api.put(path + "/deduct", "{\"count\": 2}").token(emp).send());
        expect(
                409,
                () -> api.put(path + "/deduct", "{\"count\": 100}").token(emp).send());
        expect(
                403,
                () -> api.put(path + "/deduct", "{\"count\": 1}")
                        .token(customer)
                        .send());
        expect(
                200,
                () -> api.put(path + "/restock", "{\"count\": 3}")
                        .header("Idempotency-Key", "contract-restock-" + path.hashCode())
                        .token(emp)
                        .send());
        expect(
                400,
                () -> api.put(path + "/restock", "{\"count\": 0}").token(emp).send());

        expect(200, () -> api.get("/v1/sales/goods?limit=3").send());
        expect(400, () -> api.get("/v1/sales/goods?limit=many").send());
        expect(
                200,
                () -> api.get("/v1/sales" + path.substring("/v1/inventory".length()))
                        .send());
        expect(404, () -> api.get("/v1/sales/goods/999999999").send());

        expect(403, () -> api.delete(path).token(customer).send());
        expect(204, () -> api.delete(path).token(emp).send());
        expect(404, () -> api.delete(path).token(emp).send());
    }

    @Test
    void purchasesAndHistory() {
        String ada = accounts.newCustomer();
        String token = accounts.token(ada);
        String other = accounts.token(accounts.newCustomer());
        long good = api.post(
                        "/v1/inventory/goods",
                        "{\"name\": \"Contract mug\", \"category\": \"accessories\", "
                                + "\"price\": 4.10, \"count\": 3}")
                .token(emp)
                .send()
                .json()
                .getJsonNumber("id")
                .longValue();
        expect(
                200,
                () -> api.put("/v1/customers/" + ada + "/charge", "{\"amount\": 10}")
                        .token(token)
                        .send());
        String buy = "{\"good_id\": " + good + ", \"quantity\": 2}";

        ApiResponse sale = expect(
                201, () -> api.post("/v1/sales/purchases", buy).token(token).send());
        expect(409, () -> api.post("/v1/sales/purchases", buy).token(token).send());
        expect(
                400,
                () -> api.post("/v1/sales/purchases", "{\"good_id\": " + good + ", \"quantity\": 0}")
                        .token(token)
                        .send());
        expect(400, () -> api.post("/v1/sales/purchases", buy).token(emp).send());
        expect(401, () -> api.post("/v1/sales/purchases", buy).send());
        expect(
                404,
                () -> api.post("/v1/sales/purchases", "{\"good_id\": 999999999, \"quantity\": 1}")
                        .token(token)
                        .send());
        expectTextRefused(api.post("/v1/sales/purchases", NOT_JSON).token(token));

        String path = "/v1/sales/purchases/" + sale.json().getJsonNumber("id").longValue();
        expect(200, () -> api.get(path).token(token).send());
        expect(403, () -> api.get(path).token(other).send());
        expect(404, () -> api.get("/v1/sales/purchases/999999999").token(emp).send());

        expect(200, () -> api.get("/v1/sales/history/" + ada).token(token).send());
        expect(403, () -> api.get("/v1/sales/history/" + ada).token(other).send());
        expect(401, () -> api.get("/v1/sales/history/" + ada).send());

        expect(
                200,
                () -> api.get("/v1/sales/purchases?status=failed&username=" + ada)
                        .token(emp)
                        .send());
        expect(200, () -> api.get("/v1/sales/purchases?limit=1").token(emp).send());
        expect(400, () -> api.get("/v1/sales/purchases?status=lost").token(emp).send());
        expect(403, () -> api.get("/v1/sales/purchases").token(token).send());
        expect(401, () -> api.get("/v1/sales/purchases").send());
    }

    @Test
    void reviewsAndModeration() {
        String ada = accounts.newCustomer();
        String token = accounts.token(ada);
        String other = accounts.token(accounts.newCustomer());
        long good = api.post(
                        "/v1/inventory/goods",
                        "{\"name\": \"Contract lamp\", \"category\": \"electronics\", "
                                + "\"price\": 30, \"count\": 1}")
                .token(emp)
                .send()
                .json()
                .getJsonNumber("id")
                .longValue();
        String product = "/v1/reviews/product/" + good;
        String review = "{\"rating\": 4, \"comment\": \"Bright\"}";

        ApiResponse created =
                expect(201, () -> api.post(product, review).token(token).send());
        expect(409, () -> api.post(product, review).token(token).send());
        expect(400, () -> api.post(product, "{\"rating\": 6}").token(other).send());
        expect(
                404,
                () -> api.post("/v1/reviews/product/999999999", review)
                        .token(other)
                        .send());
        expect(401, () -> api.post(product, review).send());
        expectTextRefused(api.post(product, NOT_JSON).token(other));

        String path = "/v1/reviews/" + created.json().getJsonNumber("id").longValue();
        expect(200, () -> api.get(product).send());
        expect(200, () -> api.get(product + "?status=pending").token(emp).send());
        expect(200, () -> api.get(product + "/summary").send());
        expect(404, () -> api.get("/v1/reviews/product/999999999/summary").send());
        expect(200, () -> api.get("/v1/reviews/customer/" + ada).send());
        expect(200, () -> api.get(path).send());
        expect(404, () -> api.get("/v1/reviews/999999999").send());

        expect(
                200,
                () -> api.patch(path, "{\"comment\": \"Very bright\"}")
                        .token(token)
                        .send());
        expect(403, () -> api.patch(path, "{\"rating\": 1}").token(other).send());
        expect(400, () -> api.patch(path, "{\"rating\": null}").token(token).send());

        expect(
                200,
                () -> api.patch(path + "/moderate", "{\"status\": \"flagged\"}")
                        .token(emp)
                        .send());
        expect(404, () -> api.get(path).token(other).send());
        expect(
                403,
                () -> api.patch(path + "/moderate", "{\"status\": \"approved\"}")
                        .token(token)
                        .send());
        expect(
                400,
                () -> api.patch(path + "/moderate", "{\"status\": \"gone\"}")
                        .token(emp)
                        .send());

        expect(
                200,
                () -> api.patch(path + "/moderate", "{\"status\": \"approved\"}")
                        .token(emp)
                        .send());
        expect(403, () -> api.delete(path).token(other).send());
        expect(204, () -> api.delete(path).token(token).send());
        expect(404, () -> api.delete(path).token(emp).send());
    }

    /** A body sent as text where JSON is expected: 415, as the document says of every operation with a body. */
    private static void expectTextRefused(Api.Call call) {
        expect(415, () -> call.header("Content-Type", "text/plain").send());
    }

    /** Sends, through the validator, and checks the status the call is there to see. */
    private static ApiResponse expect(int status, Supplier<ApiResponse> call) {
        ApiResponse response = call.get();
        assertEquals(status, response.status(), response::toString);
        return response;
    }
}
