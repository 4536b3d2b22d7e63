package org.ecommerce.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.ecommerce.common.testing.Accounts;
import org.ecommerce.common.testing.ApiResponse;
import org.ecommerce.common.testing.DeployedWar;
import org.ecommerce.common.testing.StubServer;
import org.ecommerce.common.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Only a service's not-found problem says that a good or a customer does not exist. A bare 404 or an HTML page,
 * as a server answers while it is still deploying the service, leaves the step's outcome unknown: the buyer gets
 * 503 and the sale is being undone, never failed as an unknown good or customer. A class of its own, with its own
 * deployment: its failing calls count in the saga's circuit breakers.
 */
class UnknownOutcomeIT extends DeployedWar {

    final StubServer stub = StubServer.get();
    final String alice = Accounts.freshUsername();
    final String customer = Tokens.sign(Tokens.claims("7", alice, "customer").build());

    @BeforeEach
    void serviceIdentity() {
        stub.answer(
                "/v1/auth/service-token",
                200,
                "{\"access_token\": \"stub-service-token\", \"token_type\": \"Bearer\", \"expires_in\": 900}");
    }

    @Test
    void aBare404FromCustomersSaysNothingOfTheCustomer() throws SQLException {
        long lamp = freshGood();
        String good = "{\"id\": " + lamp + ", \"name\": \"Lamp\", \"category\": \"electronics\", \"price\": 20.00, "
                + "\"count\": 5}";
        stub.answer("/v1/inventory/goods/" + lamp + "/deduct", 200, good);
        stub.answer("/v1/inventory/goods/" + lamp + "/restock", 200, good);
        stub.answer("/v1/customers/" + alice + "/deduct", 404, StubServer.NO_SUCH_PATH);

        ApiResponse response = buy(lamp);

        assertEquals(503, response.status(), response::toString);
        // Being undone: the debit is sent again until customers settles whether it happened, then given back if
        // it did, and the units after it. Recovery goes on with that; nothing was failed as an unknown customer.
        assertEquals(List.of("pending|service unavailable|taken|attempted"), SaleRows.of(lamp));
    }

    @Test
    void anHtmlPageFromInventorySaysNothingOfTheGood() throws SQLException {
        long lamp = freshGood();
        String page = "<html><body><h1>Not Found</h1></body></html>";
        stub.answer("/v1/inventory/goods/" + lamp + "/deduct", 404, page);
        stub.answer("/v1/inventory/goods/" + lamp + "/restock", 404, page);

        ApiResponse response = buy(lamp);

        assertEquals(503, response.status(), response::toString);
        assertEquals(
                List.of("pending|service unavailable|attempted|none"),
                SaleRows.of(lamp),
                "left for recovery to settle, not failed as an unknown good");
        assertTrue(
                stub.lastHeader("/v1/customers/" + alice + "/deduct", "Idempotency-Key")
                        .isEmpty(),
                "no money was asked for");
    }

    private static long freshGood() {
        return ThreadLocalRandom.current().nextLong(1_000_000, Integer.MAX_VALUE);
    }

    private ApiResponse buy(long good) {
        return api.post("/v1/sales/purchases", "{\"good_id\": " + good + ", \"quantity\": 1}")
                .token(customer)
                .send();
    }
}
