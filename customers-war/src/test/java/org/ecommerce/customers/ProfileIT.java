package org.ecommerce.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.ecommerce.common.testing.Accounts;
import org.ecommerce.common.testing.ApiResponse;
import org.junit.jupiter.api.Test;

/** Reading, listing, changing and deleting customers: who may, and what each change does. */
class ProfileIT extends CustomersIT {

    @Test
    void readingAProfileIsForItsOwnerAndEmployees() {
        String alice = accounts.newCustomer();
        String bob = accounts.newCustomer();
        String path = "/v1/customers/" + alice;

        assertEquals(401, api.get(path).send().status(), "anonymous");
        assertEquals(403, api.get(path).token(accounts.token(bob)).send().status(), "another customer");
        assertEquals(403, api.get(path).token(accounts.serviceToken()).send().status(), "a service");
        ApiResponse self = api.get(path).token(accounts.token(alice)).send();
        assertEquals(200, self.status());
        assertEquals(alice, self.json().getString("username"));
        assertFalse(self.body().contains("password"));
        assertEquals(200, api.get(path).token(accounts.adminToken()).send().status(), "employee");
        assertEquals(
                200,
                api.get("/v1/customers/" + alice.toUpperCase())
                        .token(accounts.token(alice))
                        .send()
                        .status(),
                "case-insensitive");
    }

    @Test
    void anotherCustomerIsRefusedWhetherOrNotTheAccountExists() {
        String bob = accounts.newCustomer();
        assertEquals(
                403,
                api.get("/v1/customers/" + Accounts.freshUsername())
                        .token(accounts.token(bob))
                        .send()
                        .status());
        assertEquals(
                404,
                api.get("/v1/customers/" + Accounts.freshUsername())
                        .token(accounts.adminToken())
                        .send()
                        .status());
    }

    @Test
    void listingIsForEmployeesAndPaged() {
        for (int i = 0; i < 3; i++) {
            accounts.newCustomer();
        }
        String customer = accounts.newCustomer();
        assertEquals(401, api.get("/v1/customers").send().status());
        assertEquals(
                403,
                api.get("/v1/customers").token(accounts.token(customer)).send().status());

        String admin = accounts.adminToken();
        ApiResponse all = api.get("/v1/customers?limit=200").token(admin).send();
        assertEquals(200, all.status());
        long total = Long.parseLong(all.header("X-Total-Count"));
        assertTrue(total >= 5);
        List<JsonObject> items = all.jsonArray().getValuesAs(JsonObject.class);
        for (int i = 1; i < items.size(); i++) {
            assertTrue(
                    items.get(i - 1).getJsonNumber("id").longValue()
                            < items.get(i).getJsonNumber("id").longValue(),
                    "ordered by id");
        }

        ApiResponse page =
                api.get("/v1/customers?limit=2&offset=1").token(admin).send();
        assertEquals(2, page.jsonArray().size());
        assertEquals(
                items.get(1).getString("username"),
                page.jsonArray().getJsonObject(0).getString("username"));
        assertEquals(Long.toString(total), page.header("X-Total-Count"));

        ApiResponse none = api.get("/v1/customers?limit=0").token(admin).send();
        assertEquals(200, none.status());
        assertEquals(0, none.jsonArray().size());
        assertEquals(Long.toString(total), none.header("X-Total-Count"));

        assertTrue(api.get("/v1/customers").token(admin).send().jsonArray().size() <= 50, "default limit 50");
        assertEquals(
                200, api.get("/v1/customers?limit=5000").token(admin).send().status(), "capped, not refused");
        for (String bad : new String[] {"limit=-1", "offset=-1", "limit=abc", "offset=1.5", "limit=99999999999"}) {
            ApiResponse response = api.get("/v1/customers?" + bad).token(admin).send();
            assertEquals(400, response.status(), bad);
            assertEquals(
                    bad.substring(0, bad.indexOf('=')),
                    response.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }

    @Test
    void theOwnerChangesTheProfileAndPasswordButNotTheRole() {
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        ApiResponse changed = api.patch("/v1/customers/" + alice, "{\"full_name\": \"Alice Liddell\", \"age\": 31}")
                .token(token)
                .send();
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("Alice Liddell", changed.json().getString("full_name"));
        assertEquals(31, changed.json().getInt("age"));
        assertEquals("1 Test Street", changed.json().getString("address"), "untouched members stay");

        assertEquals(
                200,
                api.patch(
                                "/v1/customers/" + alice,
                                "{\"password\": \"newpassw0rd\", \"current_password\": \"" + Accounts.PASSWORD + "\"}")
                        .token(token)
                        .send()
                        .status());
        assertEquals(
                401,
                api.post(
                                "/v1/auth/login",
                                "{\"username\": \"" + alice + "\", \"password\": \"" + Accounts.PASSWORD + "\"}")
                        .send()
                        .status());
        accounts.login(alice, "newpassw0rd");

        ApiResponse role = api.patch("/v1/customers/" + alice, "{\"role\": \"emp\"}")
                .token(token)
                .send();
        assertEquals(403, role.status());
        assertEquals(
                "customer",
                api.get("/v1/customers/" + alice).token(token).send().json().getString("role"));
    }

    @Test
    void changingYourOwnPasswordNeedsTheCurrentOneAndARefusalChangesNothing() {
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        String path = "/v1/customers/" + alice;

        ApiResponse missing = api.patch(path, "{\"password\": \"stolen-passw0rd\", \"age\": 44}")
                .token(token)
                .send();
        assertEquals(403, missing.status(), missing::toString);
        assertEquals("application/problem+json;charset=UTF-8", missing.contentType());
        ApiResponse wrong = api.patch(
                        path, "{\"password\": \"stolen-passw0rd\", \"current_password\": \"guessed-passw0rd\"}")
                .token(token)
                .send();
        assertEquals(403, wrong.status(), wrong::toString);
        assertEquals(
                400,
                api.patch(path, "{\"current_password\": \"" + Accounts.PASSWORD + "\"}")
                        .token(token)
                        .send()
                        .status(),
                "a current password without a new one");

        accounts.login(alice, Accounts.PASSWORD);
        assertEquals(
                401,
                api.post("/v1/auth/login", "{\"username\": \"" + alice + "\", \"password\": \"stolen-passw0rd\"}")
                        .send()
                        .status());
        assertEquals(30, api.get(path).token(token).send().json().getInt("age"), "nothing of a refused change");
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeLogins() {
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        for (int i = 0; i < 10; i++) {
            assertEquals(
                    403,
                    api.patch(
                                    "/v1/customers/" + alice,
                                    "{\"password\": \"new-passw0rd\", \"current_password\": \"guess-" + i + "\"}")
                            .token(token)
                            .send()
                            .status(),
                    "guess " + (i + 1));
        }
        ApiResponse throttled = api.patch(
                        "/v1/customers/" + alice,
                        "{\"password\": \"new-passw0rd\", \"current_password\": \"" + Accounts.PASSWORD + "\"}")
                .token(token)
                .send();
        assertEquals(429, throttled.status(), throttled::toString);
        assertEquals(
                429,
                api.post(
                                "/v1/auth/login",
                                "{\"username\": \"" + alice + "\", \"password\": \"" + Accounts.PASSWORD + "\"}")
                        .send()
                        .status(),
                "one throttle for the password, wherever it is guessed");
    }

    @Test
    void anEmployeeSetsAnotherAccountsPasswordWithoutTheCurrentOne() {
        String alice = accounts.newCustomer();
        ApiResponse reset = api.patch("/v1/customers/" + alice, "{\"password\": \"reset-passw0rd\"}")
                .token(accounts.adminToken())
                .send();
        assertEquals(200, reset.status(), reset::toString);
        accounts.login(alice, "reset-passw0rd");
    }

    @Test
    void aDeletedAccountsTokenIsRefusedAtOnce() {
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        assertEquals(
                200,
                api.put("/v1/customers/" + alice + "/charge", "{\"amount\": 5}")
                        .token(token)
                        .send()
                        .status());
        assertEquals(
                204, api.delete("/v1/customers/" + alice).token(token).send().status());

        ApiResponse after = api.get("/v1/customers/" + alice).token(token).send();
        assertEquals(401, after.status(), after::toString);
        assertEquals("application/problem+json;charset=UTF-8", after.contentType());
        assertEquals(
                401,
                api.get("/v1/customers/" + alice + "/wallet/transactions")
                        .token(token)
                        .send()
                        .status());
    }

    @Test
    void aDemotedEmployeesTokenIsRefusedAtOnceAndANewLoginCarriesTheNewRole() {
        String carol = accounts.newEmployee();
        String token = accounts.token(carol);
        assertEquals(200, api.get("/v1/customers").token(token).send().status(), "an employee lists customers");

        ApiResponse demoted = api.patch("/v1/customers/" + carol, "{\"role\": \"customer\"}")
                .token(accounts.adminToken())
                .send();
        assertEquals(200, demoted.status(), demoted::toString);

        assertEquals(401, api.get("/v1/customers").token(token).send().status(), "the emp token is stale");
        assertEquals(401, api.get("/v1/customers/" + carol).token(token).send().status());
        String fresh = accounts.token(carol);
        assertEquals(403, api.get("/v1/customers").token(fresh).send().status(), "now a customer");
        assertEquals(200, api.get("/v1/customers/" + carol).token(fresh).send().status());
    }

    @Test
    void anEmployeeChangesAnyProfileAndRoles() {
        String alice = accounts.newCustomer();
        String admin = accounts.adminToken();
        ApiResponse promoted = api.patch("/v1/customers/" + alice, "{\"role\": \"emp\"}")
                .token(admin)
                .send();
        assertEquals(200, promoted.status(), promoted::toString);
        assertEquals("emp", promoted.json().getString("role"));
        // The new role shows in the next token: Alice now lists customers.
        assertEquals(
                200,
                api.get("/v1/customers").token(accounts.token(alice)).send().status());
    }

    @Test
    void changesAreValidatedAndNothingElseCanBeChanged() {
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        String[][] invalid = {
            {"{\"age\": 0}", "age"},
            {"{\"age\": \"31\"}", "age"},
            {"{\"full_name\": \" \"}", "full_name"},
            {"{\"address\": \"" + "x".repeat(201) + "\"}", "address"},
            {"{\"password\": \"short\"}", "password"},
            {"{\"username\": \"renamed\"}", "username"},
            {"{\"wallet_balance\": 100}", "wallet_balance"},
            {"{\"role\": \"king\"}", "role"},
            {"{\"gender\": null}", "gender"},
        };
        for (String[] body : invalid) {
            ApiResponse response =
                    api.patch("/v1/customers/" + alice, body[0]).token(token).send();
            assertEquals(400, response.status(), body[0]);
            assertEquals(
                    body[1],
                    response.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                    body[0]);
        }
        assertEquals(
                403,
                api.patch("/v1/customers/" + alice, "{\"age\": 40}")
                        .token(accounts.token(accounts.newCustomer()))
                        .send()
                        .status(),
                "another customer");
        assertEquals(
                401, api.patch("/v1/customers/" + alice, "{\"age\": 40}").send().status(), "anonymous");
        assertEquals(
                30, api.get("/v1/customers/" + alice).token(token).send().json().getInt("age"));
    }

    @Test
    void deletingKeepsNothingReachableButTheUsernameStaysTaken() {
        String alice = accounts.newCustomer();
        String bob = accounts.newCustomer();
        String aliceToken = accounts.token(alice);
        assertEquals(401, api.delete("/v1/customers/" + alice).send().status());
        assertEquals(
                403,
                api.delete("/v1/customers/" + alice)
                        .token(accounts.token(bob))
                        .send()
                        .status());

        assertEquals(
                204,
                api.delete("/v1/customers/" + alice).token(aliceToken).send().status());
        assertEquals(
                404,
                api.get("/v1/customers/" + alice)
                        .token(accounts.adminToken())
                        .send()
                        .status());
        assertEquals(
                404,
                api.delete("/v1/customers/" + alice)
                        .token(accounts.adminToken())
                        .send()
                        .status());
        assertEquals(
                401,
                api.post(
                                "/v1/auth/login",
                                "{\"username\": \"" + alice + "\", \"password\": \"" + Accounts.PASSWORD + "\"}")
                        .send()
                        .status());

        assertEquals(
                204,
                api.delete("/v1/customers/" + bob)
                        .token(accounts.adminToken())
                        .send()
                        .status());
    }
}
