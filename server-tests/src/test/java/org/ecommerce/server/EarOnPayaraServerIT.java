package org.ecommerce.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.ecommerce.common.testing.Accounts;
import org.ecommerce.common.testing.Api;
import org.ecommerce.common.testing.ApiResponse;
import org.ecommerce.common.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The EAR on Payara Server, deployed to a fresh domain configured only by payara-config: each service works,
 * including token verification in every WAR (once only the EAR's first WAR accepted tokens), and an
 * administrator sees the application, its modules and the pools the services use.
 */
class EarOnPayaraServerIT {

    private static final List<String> POOLS = List.of("customers-pool", "inventory-pool", "sales-pool", "reviews-pool");

    private static PayaraServerDomain domain;
    private static Api api;
    private static Accounts accounts;

    @BeforeAll
    static void deployTheEar() {
        domain = PayaraServerDomain.start();
        api = new Api(URI.create("http://127.0.0.1:" + PayaraServerDomain.HTTP_PORT + "/"));
        accounts = new Accounts(api);
    }

    @AfterAll
    static void deleteTheDomain() {
        if (domain != null) {
            domain.close();
        }
    }

    @Test
    void aCustomerRegistersLogsInAndReadsTheirAccount() {
        String username = accounts.newCustomer();
        String token = accounts.token(username);

        ApiResponse own = api.get("/v1/customers/" + username).token(token).send();
        assertEquals(200, own.status(), () -> own + domain.logTail());
        assertEquals(username, own.json().getString("username"));
        assertEquals(401, api.get("/v1/customers/" + username).send().status());
        // domain.asadmin's listener settings: no header names the product.
        assertNull(own.header("X-Powered-By"), own.headers()::toString);
        assertNull(own.header("Server"), own.headers()::toString);
    }

    // The four modules are one application, whose document each module replaces; each gives the whole one.
    @Test
    void theOpenApiDocumentDescribesAllFourServices() {
        ApiResponse openapi = api.get("/openapi?format=json").send();
        assertEquals(200, openapi.status(), () -> openapi + domain.logTail());
        var paths = openapi.json().getJsonObject("paths").keySet();
        for (String path : List.of(
                "/v1/customers/{username}/charge",
                "/v1/inventory/goods/{id}/deduct",
                "/v1/sales/purchases",
                "/v1/reviews/{id}/moderate")) {
            assertTrue(paths.contains(path), () -> path + " in " + paths);
        }
        assertEquals(22, paths.size(), paths::toString);
        assertFalse(openapi.json().containsKey("endpoints"));
    }

    @Test
    void anEmployeeAddsAGoodAndACustomerMayNot() {
        String good = good(3).toString();

        ApiResponse added = api.post("/v1/inventory/goods", good)
                .token(accounts.adminToken())
                .send();
        assertEquals(201, added.status(), () -> added + domain.logTail());
        ApiResponse refused = api.post("/v1/inventory/goods", good)
                .token(accounts.token(accounts.newCustomer()))
                .send();
        assertEquals(403, refused.status(), refused::toString);
    }

    @Test
    void aCustomerBuysAGoodAcrossTheThreeServices() {
        long goodId = newGood(4);
        String buyer = accounts.newCustomer();
        String token = accounts.token(buyer);
        assertEquals(
                200,
                api.put("/v1/customers/" + buyer + "/charge", "{\"amount\": 100.00}")
                        .token(token)
                        .send()
                        .status());

        ApiResponse sale = api.post(
                        "/v1/sales/purchases",
                        Json.createObjectBuilder()
                                .add("good_id", goodId)
                                .add("quantity", 2)
                                .build()
                                .toString())
                .token(token)
                .send();
        assertEquals(201, sale.status(), () -> sale + domain.logTail());
        assertEquals("completed", sale.json().getString("status"), sale::toString);

        ApiResponse history = api.get("/v1/sales/history/" + buyer).token(token).send();
        assertEquals(200, history.status(), history::toString);
        assertEquals(
                sale.json().getInt("id"), history.jsonArray().getJsonObject(0).getInt("id"));
        ApiResponse good = api.get("/v1/inventory/goods/" + goodId).send();
        assertEquals(2, good.json().getInt("count"), good::toString);
    }

    @Test
    void aCustomerReviewsAGood() {
        long goodId = newGood(1);
        String author = accounts.newCustomer();

        ApiResponse review = api.post("/v1/reviews/product/" + goodId, "{\"rating\": 4, \"comment\": \"Sturdy\"}")
                .token(accounts.token(author))
                .send();
        assertEquals(201, review.status(), () -> review + domain.logTail());
        assertEquals(author, review.json().getString("username"));
        assertEquals(4, review.json().getInt("rating"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET, /v1/customers/someone",
        "PUT, /v1/inventory/goods/1/deduct",
        "GET, /v1/sales/history/someone",
        "POST, /v1/reviews/product/1"
    })
    void everyWarRefusesATokenSignedByAnotherKey(String method, String path) {
        String forged =
                Tokens.signWithStrangerKey(Tokens.claims("1", "someone", "emp").build());
        Api.Call call = switch (method) {
            case "GET" -> api.get(path);
            case "PUT" -> api.put(path, "{\"count\": 1}");
            default -> api.post(path, "{\"rating\": 5}");
        };

        ApiResponse response = call.token(forged).send();
        assertEquals(401, response.status(), response::toString);
        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
        assertEquals(401, response.json().getInt("status"));
    }

    @Test
    void theAdminConsoleAnswers() throws Exception {
        // The console deploys itself on first use (202 while it loads), which takes a while on a small machine.
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        HttpResponse<String> page;
        do {
            page = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PayaraServerDomain.ADMIN_PORT + "/"))
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() == 200) {
                break;
            }
            Thread.sleep(2000);
        } while (System.nanoTime() < deadline);
        assertEquals(200, page.statusCode(), "the admin console on :" + PayaraServerDomain.ADMIN_PORT);
        assertTrue(page.body().contains("Payara"), "not the admin console: " + page.body());
    }

    @Test
    void anAdministratorSeesTheApplicationItsModulesAndItsPools() {
        Duration limit = Duration.ofSeconds(60);
        String applications = domain.asadmin(limit, "list-applications", "--long");
        assertTrue(applications.contains("ecommerce") && applications.contains("<ear"), applications);
        String modules = domain.asadmin(limit, "list-sub-components", "ecommerce");
        for (String war : List.of("customers.war", "inventory.war", "sales.war", "reviews.war", "root.war")) {
            assertTrue(modules.contains(war), war + " missing from " + modules);
        }
        String pools = domain.asadmin(limit, "list-jdbc-connection-pools");
        String resources = domain.asadmin(limit, "list-jdbc-resources");
        for (String pool : POOLS) {
            assertTrue(pools.lines().anyMatch(pool::equals), pool + " missing from " + pools);
            String resource = "jdbc/" + pool.replace("-pool", "");
            assertTrue(resources.lines().anyMatch(resource::equals), resource + " missing from " + resources);
        }
    }

    @Test
    void theDomainJvmRunsWithTheOptionsOfEveryPayaraMicro() {
        String options = domain.asadmin(Duration.ofSeconds(60), "list-jvm-options");
        for (String option : List.of(
                "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl",
                "-Dhttp.maxConnections=64",
                "-XX:-UseCodeCacheFlushing")) {
            assertTrue(options.lines().anyMatch(option::equals), option + " missing from " + options);
        }
    }

    @Test
    void theServicesUseThePoolsTheAdministratorSees() {
        // Every service has written to its schema by now (migrations at least): each pool has connections.
        for (String pool : POOLS) {
            String created = domain.asadmin(
                    Duration.ofSeconds(60), "get", "--monitor", "server.resources." + pool + ".numconncreated-count");
            long count = Long.parseLong(created.replaceAll("(?s).*numconncreated-count = (\\d+).*", "$1"));
            assertTrue(count > 0, pool + " never made a connection: " + created);
        }
    }

    private static jakarta.json.JsonObject good(int count) {
        return Json.createObjectBuilder()
                .add("name", "Kettle")
                .add("category", "electronics")
                .add("price", 24.90)
                .add("description", "1.7 l")
                .add("count", count)
                .build();
    }

    private static long newGood(int count) {
        ApiResponse added = api.post("/v1/inventory/goods", good(count).toString())
                .token(accounts.adminToken())
                .send();
        assertEquals(201, added.status(), added::toString);
        return added.json().getJsonNumber("id").longValue();
    }
}
