package org.ecommerce.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ecommerce.common.testing.ApiResponse;
import org.ecommerce.common.testing.StubServer;
import org.ecommerce.common.testing.TokenTampering;
import org.ecommerce.common.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Writing, editing, deleting, moderating and reading reviews: who may, what is validated, who sees what. */
class ReviewRulesIT extends ReviewsIT {

    @Test
    void onlyARealTokenGetsIn() {
        TokenTampering.assertOnlyARealTokenGetsIn(
                token -> api.patch("/v1/reviews/999999999", "{\"rating\": 3}")
                        .token(token)
                        .send(),
                "7",
                "t_tampering",
                "customer");
    }

    @Test
    void aCustomerReviewsAProductInventoryKnows() {
        long product = product("Tea");
        Customer alice = customer();
        ApiResponse response = write(product, alice.token(), "{\"rating\": 4, \"comment\": \"Nice tea\"}");

        assertEquals(201, response.status(), response::toString);
        JsonObject review = response.json();
        assertTrue(response.header("Location").endsWith("/v1/reviews/" + id(review)), response.header("Location"));
        assertEquals(alice.username(), review.getString("username"));
        assertEquals(product, review.getJsonNumber("product_id").longValue());
        assertEquals("Tea", review.getString("product_name"));
        assertEquals(4, review.getInt("rating"));
        assertEquals("Nice tea", review.getString("comment"));
        assertEquals("pending", review.getString("status"));
        assertTrue(review.getString("review_date").endsWith("Z"));
        assertTrue(review.getString("updated_at").endsWith("Z"));
        assertEquals(review, api.get("/v1/reviews/" + id(review)).send().json());
    }

    @Test
    void theRequestIdIsPassedOnToInventory() {
        long product = product("Kettle");
        String requestId = "it-reviews-" + product;
        ApiResponse response = api.post("/v1/reviews/product/" + product, "{\"rating\": 4}")
                .token(customer().token())
                .header("X-Request-Id", requestId)
                .send();
        assertEquals(201, response.status(), response::toString);
        assertEquals(requestId, response.header("X-Request-Id"));
        assertEquals(Optional.of(requestId), inventory.lastHeader("/v1/inventory/goods/" + product, "X-Request-Id"));
    }

    @Test
    void aPassingFaultOfInventoryIsRetried() {
        // One failure among this class's many successful calls leaves the circuit breaker closed.
        long failsOnce = product("Sieve");
        inventory.answerOnce("/v1/inventory/goods/" + failsOnce, 503, "{\"status\": 503}", 0);
        ApiResponse afterFailure = write(failsOnce, customer().token(), "{\"rating\": 4}");
        assertEquals(201, afterFailure.status(), afterFailure::toString);

        long hangsOnce = product("Ladle");
        inventory.answerOnce(
                "/v1/inventory/goods/" + hangsOnce, 200, "{\"id\": " + hangsOnce + ", \"name\": \"Late\"}", 8_000);
        long started = System.nanoTime();
        ApiResponse afterHang = write(hangsOnce, customer().token(), "{\"rating\": 4}");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(201, afterHang.status(), afterHang::toString);
        assertEquals("Ladle", afterHang.json().getString("product_name"), "the answer of the retry, not the late one");
        assertTrue(millis < 8_000, "waited " + millis + " ms for the hanging attempt");
    }

    @Test
    void onlyCustomersWriteReviews() {
        long product = product("Cup");
        String body = "{\"rating\": 5}";
        assertEquals(401, write(product, null, body).status());
        assertEquals(403, write(product, emp, body).status());
        assertEquals(403, write(product, service, body).status());
        assertEquals(201, write(product, customer().token(), body).status(), "the comment is optional");
    }

    @Test
    void ratingsAndCommentsAreValidated() {
        long product = product("Pot");
        Customer alice = customer();
        for (String body : new String[] {
            "{\"rating\": 0}",
            "{\"rating\": 6}",
            "{\"rating\": \"5\"}",
            "{\"rating\": 4.5}",
            "{\"rating\": null}",
            "{\"comment\": \"no rating\"}"
        }) {
            ApiResponse response = write(product, alice.token(), body);
            assertEquals(400, response.status(), body);
            assertEquals(
                    "rating",
                    response.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                    body);
        }
        ApiResponse tooLong =
                write(product, alice.token(), "{\"rating\": 3, \"comment\": \"" + "c".repeat(2001) + "\"}");
        assertEquals(400, tooLong.status());
        assertEquals(
                "comment",
                tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        for (String body : new String[] {
            "{\"rating\": 3, \"comment\": null}",
            "{\"rating\": 3, \"comment\": 7}",
            "{\"rating\": 3, \"comment\": \"nul \\u0000 inside\"}"
        }) {
            ApiResponse response = write(product, alice.token(), body);
            assertEquals(400, response.status(), body);
            assertEquals(
                    "comment",
                    response.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                    body);
        }
        ApiResponse smuggled = write(product, alice.token(), "{\"rating\": 3, \"status\": \"approved\"}");
        assertEquals(400, smuggled.status());
        assertEquals(
                201,
                write(product, alice.token(), "{\"rating\": 1, \"comment\": \"" + "c".repeat(2000) + "\"}")
                        .status());
    }

    @Test
    void aProductInventoryDoesNotKnowCannotBeReviewed() {
        ApiResponse unknown = write(999_999_999_999L, customer().token(), "{\"rating\": 5}");
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals("application/problem+json;charset=UTF-8", unknown.contentType());
        assertEquals(
                404, api.get("/v1/reviews/product/999999999999/summary").send().status());
    }

    @Test
    void malformedIdsNameNothing() {
        Customer alice = customer();
        for (String malformed : new String[] {"abc", "-1", "0", "1.5", "99999999999999999999"}) {
            String review = "/v1/reviews/" + malformed;
            String product = "/v1/reviews/product/" + malformed;
            List<ApiResponse> responses = List.of(
                    api.get(review).send(),
                    api.patch(review, "{\"rating\": 5}").token(alice.token()).send(),
                    api.delete(review).token(emp).send(),
                    api.patch(review + "/moderate", "{\"status\": \"approved\"}")
                            .token(emp)
                            .send(),
                    api.post(product, "{\"rating\": 5}").token(alice.token()).send(),
                    api.get(product).send(),
                    api.get(product + "/summary").send());
            for (ApiResponse response : responses) {
                assertEquals(404, response.status(), malformed + ": " + response);
                assertEquals("application/problem+json;charset=UTF-8", response.contentType(), malformed);
            }
        }
        assertEquals(
                404,
                api.patch("/v1/reviews/999999999999", "{\"rating\": 5}")
                        .token(alice.token())
                        .send()
                        .status());
    }

    @Test
    void oneReviewPerCustomerPerProduct() {
        long product = product("Mug");
        Customer alice = customer();
        review(product, alice, 5);
        assertEquals(409, write(product, alice.token(), "{\"rating\": 2}").status());
        String sameNameOtherCase = Tokens.sign(
                Tokens.claims("7", alice.username().toUpperCase(), "customer").build());
        assertEquals(409, write(product, sameNameOtherCase, "{\"rating\": 2}").status());
        assertEquals(201, write(product, customer().token(), "{\"rating\": 2}").status(), "another customer");
    }

    @Test
    void onlyTheAuthorEditsAndAnEditGoesBackToModeration() {
        long product = product("Spoon");
        Customer alice = customer();
        long id = id(review(product, alice, 3));
        assertEquals("approved", moderate(id, "approved").json().getString("status"));

        String path = "/v1/reviews/" + id;
        assertEquals(401, api.patch(path, "{\"rating\": 1}").send().status());
        assertEquals(
                403,
                api.patch(path, "{\"rating\": 1}")
                        .token(customer().token())
                        .send()
                        .status());
        assertEquals(403, api.patch(path, "{\"rating\": 1}").token(emp).send().status());
        assertEquals(
                403, api.patch(path, "{\"rating\": 1}").token(service).send().status());
        assertEquals(
                400,
                api.patch(path, "{\"rating\": 9}").token(alice.token()).send().status());
        assertEquals(
                400,
                api.patch(path, "{\"status\": \"approved\"}")
                        .token(alice.token())
                        .send()
                        .status());

        ApiResponse edited = api.patch(path, "{\"rating\": 5, \"comment\": \"Better now\"}")
                .token(alice.token())
                .send();
        assertEquals(200, edited.status(), edited::toString);
        assertEquals(5, edited.json().getInt("rating"));
        assertEquals("Better now", edited.json().getString("comment"));
        assertEquals("pending", edited.json().getString("status"));
        assertEquals(edited.json(), api.get(path).send().json());
    }

    @Test
    void anEditTakesTheProductsCurrentName() {
        long product = product("Teapot");
        Customer alice = customer();
        long id = id(review(product, alice, 3));
        String path = "/v1/reviews/" + id;

        rename(product, "Teapot XL");
        assertEquals("Teapot", api.get(path).send().json().getString("product_name"), "only an edit refreshes it");
        ApiResponse edited = api.patch(path, "{\"comment\": \"Bigger now\"}")
                .token(alice.token())
                .send();
        assertEquals(200, edited.status(), edited::toString);
        assertEquals("Teapot XL", edited.json().getString("product_name"));
        assertEquals(3, edited.json().getInt("rating"), "what the edit leaves out stays");

        // A product inventory no longer has keeps the name it had; its review stays editable.
        inventory.answer("/v1/inventory/goods/" + product, 404, StubServer.NOT_FOUND);
        ApiResponse afterRemoval =
                api.patch(path, "{\"rating\": 2}").token(alice.token()).send();
        assertEquals(200, afterRemoval.status(), afterRemoval::toString);
        assertEquals("Teapot XL", afterRemoval.json().getString("product_name"));
        assertEquals("Bigger now", afterRemoval.json().getString("comment"));
        assertEquals(2, afterRemoval.json().getInt("rating"));
    }

    @Test
    void theAuthorOrAnEmployeeDeletes() {
        long product = product("Fork");
        Customer alice = customer();
        long first = id(review(product, alice, 3));
        assertEquals(401, api.delete("/v1/reviews/" + first).send().status());
        assertEquals(
                403,
                api.delete("/v1/reviews/" + first)
                        .token(customer().token())
                        .send()
                        .status());
        assertEquals(
                403, api.delete("/v1/reviews/" + first).token(service).send().status());
        assertEquals(
                204,
                api.delete("/v1/reviews/" + first).token(alice.token()).send().status());
        assertEquals(404, api.get("/v1/reviews/" + first).send().status());

        long second = id(review(product, customer(), 4));
        assertEquals(204, api.delete("/v1/reviews/" + second).token(emp).send().status());
        assertEquals(404, api.delete("/v1/reviews/" + second).token(emp).send().status());
    }

    @Test
    void onlyEmployeesModerateAndOnlyToApprovedOrFlagged() {
        Customer author = customer();
        long id = id(review(product("Knife"), author, 2));
        String path = "/v1/reviews/" + id + "/moderate";
        assertEquals(401, api.patch(path, "{\"status\": \"approved\"}").send().status());
        assertEquals(
                403,
                api.patch(path, "{\"status\": \"approved\"}")
                        .token(customer().token())
                        .send()
                        .status());
        assertEquals(
                403,
                api.patch(path, "{\"status\": \"approved\"}")
                        .token(author.token())
                        .send()
                        .status());
        assertEquals(
                403,
                api.patch(path, "{\"status\": \"approved\"}")
                        .token(service)
                        .send()
                        .status());
        for (String bad : new String[] {"pending", "rejected", "APPROVED", ""}) {
            ApiResponse response = moderate(id, bad);
            assertEquals(400, response.status(), bad);
            assertEquals(
                    "status",
                    response.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        assertEquals("flagged", moderate(id, "flagged").json().getString("status"));
        assertEquals(404, moderate(999_999_999L, "approved").status());
    }

    @Test
    void aFlaggedReviewIsSeenOnlyByItsAuthorAndEmployees() {
        long product = product("Plate");
        Customer alice = customer();
        Customer bob = customer();
        long flagged = id(review(product, alice, 1));
        long visible = id(review(product, bob, 5));
        moderate(flagged, "flagged");

        String single = "/v1/reviews/" + flagged;
        assertEquals(404, api.get(single).send().status(), "anonymous");
        assertEquals(404, api.get(single).token(bob.token()).send().status(), "another customer");
        assertEquals(200, api.get(single).token(alice.token()).send().status(), "author");
        assertEquals(200, api.get(single).token(emp).send().status(), "employee");

        String ofProduct = "/v1/reviews/product/" + product;
        assertEquals(List.of(visible), ids(api.get(ofProduct).send()));
        assertEquals(
                List.of(visible), ids(api.get(ofProduct).token(alice.token()).send()));
        assertEquals(
                List.of(flagged, visible), ids(api.get(ofProduct).token(emp).send()));
        assertEquals(
                List.of(flagged),
                ids(api.get(ofProduct + "?status=flagged").token(emp).send()));
        assertEquals(
                List.of(visible),
                ids(api.get(ofProduct + "?status=pending").token(emp).send()));
        assertEquals(403, api.get(ofProduct + "?status=flagged").send().status());
        assertEquals(
                403,
                api.get(ofProduct + "?status=pending")
                        .token(alice.token())
                        .send()
                        .status());
        assertEquals(
                400, api.get(ofProduct + "?status=hidden").token(emp).send().status());

        String byAlice = "/v1/reviews/customer/" + alice.username();
        assertEquals(List.of(), ids(api.get(byAlice).send()));
        assertEquals(List.of(), ids(api.get(byAlice).token(bob.token()).send()));
        assertEquals(List.of(flagged), ids(api.get(byAlice).token(alice.token()).send()));
        assertEquals(
                List.of(flagged),
                ids(api.get("/v1/reviews/customer/" + alice.username().toUpperCase())
                        .token(alice.token())
                        .send()));
        assertEquals(List.of(flagged), ids(api.get(byAlice).token(emp).send()));
    }

    @Test
    void theSummaryAveragesWhatIsNotFlagged() {
        long product = product("Bowl");
        review(product, customer(), 5);
        long approved = id(review(product, customer(), 4));
        review(product, customer(), 4);
        long flagged = id(review(product, customer(), 1));
        moderate(approved, "approved");
        moderate(flagged, "flagged");

        JsonObject summary =
                api.get("/v1/reviews/product/" + product + "/summary").send().json();
        assertEquals(product, summary.getJsonNumber("product_id").longValue());
        assertEquals(
                new BigDecimal("4.33"), summary.getJsonNumber("average_rating").bigDecimalValue());
        assertEquals(3, summary.getInt("review_count"));
        assertEquals(
                summary,
                api.get("/v1/reviews/product/" + product + "/summary")
                        .token(emp)
                        .send()
                        .json(),
                "employees see flagged reviews, but the summary never counts them");

        long unreviewed = product("Saucer");
        JsonObject empty =
                api.get("/v1/reviews/product/" + unreviewed + "/summary").send().json();
        assertEquals(JsonValue.NULL, empty.get("average_rating"));
        assertEquals(0, empty.getInt("review_count"));
        assertEquals(
                404, api.get("/v1/reviews/product/999999999999/summary").send().status());
    }

    @Test
    void commentsAreStoredAndReturnedAsGiven() {
        String comment = "<script>alert('x')</script> & \\\"quoted\\\" \\u00e9t\\u00e9 \\n second line";
        ApiResponse response =
                write(product("Jug"), customer().token(), "{\"rating\": 3, \"comment\": \"" + comment + "\"}");
        assertEquals(201, response.status(), response::toString);
        assertEquals("application/json;charset=UTF-8", response.contentType());
        assertEquals(
                "<script>alert('x')</script> & \"quoted\" été \n second line",
                api.get("/v1/reviews/" + id(response.json())).send().json().getString("comment"));
    }

    @Test
    void listsArePagedById() {
        long product = product("Tray");
        Customer alice = customer();
        List<Long> ofProduct = List.of(
                id(review(product, customer(), 3)), id(review(product, alice, 3)), id(review(product, customer(), 3)));
        List<Long> byAlice = List.of(
                ofProduct.get(1), id(review(product("Tray 2"), alice, 4)), id(review(product("Tray 3"), alice, 5)));

        ApiResponse page =
                api.get("/v1/reviews/product/" + product + "?limit=2&offset=1").send();
        assertEquals(ofProduct.subList(1, 3), ids(page));
        assertEquals("3", page.header("X-Total-Count"));
        ApiResponse empty =
                api.get("/v1/reviews/product/" + product + "?limit=0").send();
        assertEquals(List.of(), ids(empty));
        assertEquals("3", empty.header("X-Total-Count"));
        assertEquals(ofProduct, ids(api.get("/v1/reviews/product/" + product).send()));

        String customerList = "/v1/reviews/customer/" + alice.username();
        ApiResponse last = api.get(customerList + "?limit=1&offset=2").send();
        assertEquals(byAlice.subList(2, 3), ids(last));
        assertEquals("3", last.header("X-Total-Count"));
        assertEquals(byAlice, ids(api.get(customerList + "?limit=500").send()));
        for (String bad : new String[] {"?limit=-1", "?offset=-1", "?limit=x", "?offset=1.5"}) {
            assertEquals(
                    400, api.get("/v1/reviews/product/" + product + bad).send().status(), bad);
            assertEquals(400, api.get(customerList + bad).send().status(), bad);
        }
    }

    private static List<Long> ids(ApiResponse response) {
        assertEquals(200, response.status(), response::toString);
        return response.jsonArray().getValuesAs(JsonObject.class).stream()
                .map(ReviewsIT::id)
                .toList();
    }
}
