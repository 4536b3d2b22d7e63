package org.ecommerce.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.ecommerce.common.testing.ApiResponse;
import org.ecommerce.common.testing.ItSettings;
import org.ecommerce.common.testing.StubServer;
import org.junit.jupiter.api.Test;

/**
 * When inventory cannot be asked, nothing is reviewed that nobody can verify: 503, nothing stored, readiness
 * DOWN. A class of its own, because these tests open the circuit breaker of their deployment.
 */
class InventoryOutageIT extends ReviewsIT {

    @Test
    void aFailingInventoryIs503AndNothingIsStored() throws SQLException {
        long product = ThreadLocalRandom.current().nextLong(1_000_000, Integer.MAX_VALUE);
        inventory.answer("/v1/inventory/goods/" + product, 500, "{\"status\": 500}");
        ApiResponse response = write(product, customer().token(), "{\"rating\": 5}");
        assertEquals(503, response.status(), response::toString);
        assertEquals("application/problem+json;charset=UTF-8", response.contentType());
        assertEquals(0, reviewsOf(product));
        assertEquals(
                503,
                api.get("/v1/reviews/product/" + product + "/summary").send().status());
    }

    @Test
    void aBare404IsNoAnswerAboutTheProduct() throws SQLException {
        // What a server still deploying inventory answers: it does not say that the product does not exist.
        long product = ThreadLocalRandom.current().nextLong(1_000_000, Integer.MAX_VALUE);
        inventory.answer("/v1/inventory/goods/" + product, 404, StubServer.NO_SUCH_PATH);
        ApiResponse response = write(product, customer().token(), "{\"rating\": 5}");
        assertEquals(503, response.status(), response::toString);
        assertEquals(0, reviewsOf(product));
    }

    @Test
    void aHangingInventoryIs503WithinTheTimeouts() throws SQLException {
        long product = ThreadLocalRandom.current().nextLong(1_000_000, Integer.MAX_VALUE);
        inventory.answerSlowly(
                "/v1/inventory/goods/" + product, 200, "{\"id\": " + product + ", \"name\": \"Late\"}", 10_000);
        long started = System.nanoTime();
        ApiResponse response = write(product, customer().token(), "{\"rating\": 5}");
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        assertEquals(503, response.status(), response::toString);
        assertTrue(seconds < 10, "gave up after " + seconds + " s, before the answer would have come");
        assertEquals(0, reviewsOf(product));
    }

    @Test
    void anEditWhileInventoryFailsIs503AndChangesNothing() throws SQLException {
        long product = ThreadLocalRandom.current().nextLong(1_000_000, Integer.MAX_VALUE);
        Customer alice = customer();
        // Written behind the API's back: creating it through the API would depend on this deployment's circuit
        // breaker, which the other tests of this class may have opened.
        long id;
        try (Connection db = ItSettings.get().database();
                PreparedStatement insert = db.prepareStatement("INSERT INTO reviews.review (username, product_id, "
                        + "product_name, rating, comment, status) VALUES (?, ?, 'Old name', 3, 'as it was', "
                        + "'approved') RETURNING id")) {
            insert.setString(1, alice.username());
            insert.setLong(2, product);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
        }
        inventory.answer("/v1/inventory/goods/" + product, 500, "{\"status\": 500}");
        JsonObject before = api.get("/v1/reviews/" + id).send().json();

        ApiResponse response = api.patch("/v1/reviews/" + id, "{\"rating\": 1, \"comment\": \"changed\"}")
                .token(alice.token())
                .send();
        assertEquals(503, response.status(), response::toString);
        assertEquals("application/problem+json;charset=UTF-8", response.contentType());
        assertEquals(before, api.get("/v1/reviews/" + id).send().json());
        assertEquals("approved", before.getString("status"));
    }

    @Test
    void readinessIsDownWhileInventoryIsUnreachable() {
        inventory.answer("/v1/inventory/goods?limit=0", 500, "{\"status\": 500}");
        ApiResponse down = api.get("/health/ready").send();
        assertEquals(503, down.status(), down::toString);
        assertTrue(down.body().contains("\"reviews-inventory\""), down::toString);

        inventory.answer("/v1/inventory/goods?limit=0", 200, "[]");
        ApiResponse up = api.get("/health/ready").send();
        assertEquals(200, up.status(), up::toString);
    }

    private static int reviewsOf(long product) throws SQLException {
        try (Connection db = ItSettings.get().database();
                PreparedStatement query =
                        db.prepareStatement("SELECT COUNT(*) FROM reviews.review WHERE product_id = ?")) {
            query.setLong(1, product);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
