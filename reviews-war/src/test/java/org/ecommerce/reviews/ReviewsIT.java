package org.ecommerce.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.concurrent.ThreadLocalRandom;
import org.ecommerce.common.testing.Accounts;
import org.ecommerce.common.testing.ApiResponse;
import org.ecommerce.common.testing.DeployedWar;
import org.ecommerce.common.testing.StubServer;
import org.ecommerce.common.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the reviews service's black-box tests: the built WAR on Payara Micro over PostgreSQL, with the
 * inventory service played by a stub in the test JVM, and tokens forged with the test run's signing key.
 */
abstract class ReviewsIT extends DeployedWar {

    final StubServer inventory = StubServer.get();
    final String emp = Tokens.sign(Tokens.claims("1", "moderator", "emp").build());
    final String service =
            Tokens.sign(Tokens.claims("service:sales", "sales", "service").build());

    @BeforeEach
    void connect() {
        inventory.answer("/v1/inventory/goods?limit=0", 200, "[]");
    }

    /** A customer of its own: its username and a token. */
    record Customer(String username, String token) {}

    static Customer customer() {
        String username = Accounts.freshUsername();
        return new Customer(
                username, Tokens.sign(Tokens.claims("7", username, "customer").build()));
    }

    /** A product inventory knows, with an id no other test uses. */
    long product(String name) {
        long id = ThreadLocalRandom.current().nextLong(1_000_000, Integer.MAX_VALUE);
        rename(id, name);
        return id;
    }

    /** From now on inventory shows the product under {@code name}. */
    void rename(long id, String name) {
        inventory.answer(
                "/v1/inventory/goods/" + id,
                200,
                "{\"id\": " + id + ", \"name\": \"" + name + "\", "
                        + "\"category\": \"food\", \"price\": 1.00, \"count\": 3}");
    }

    ApiResponse write(long productId, String token, String body) {
        return api.post("/v1/reviews/product/" + productId, body).token(token).send();
    }

    JsonObject review(long productId, Customer author, int rating) {
        ApiResponse response = write(productId, author.token(), "{\"rating\": " + rating + ", \"comment\": \"ok\"}");
        assertEquals(201, response.status(), response::toString);
        return response.json();
    }

    static long id(JsonObject review) {
        return review.getJsonNumber("id").longValue();
    }

    ApiResponse moderate(long reviewId, String status) {
        return api.patch("/v1/reviews/" + reviewId + "/moderate", "{\"status\": \"" + status + "\"}")
                .token(emp)
                .send();
    }
}
