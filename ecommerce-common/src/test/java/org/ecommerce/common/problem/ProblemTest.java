package org.ecommerce.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.ecommerce.api.problem.FieldError;
import org.ecommerce.api.problem.Problem;
import org.ecommerce.api.problem.ProblemType;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void aValidationProblemListsItsFieldErrors() {
        JsonObject json = ProblemResponses.problemOf(Refusal.invalid("age", "must be an integer"))
                .toJson();
        assertEquals(400, json.getInt("status"));
        assertEquals("urn:ecommerce:problem:validation", json.getString("type"));
        assertEquals("age", json.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aProblemReadBackFromItsDocumentIsTheSame() {
        // Replayed refusals are stored as documents and answered again from them.
        Problem invalid = ProblemResponses.problemOf(Refusal.invalid(
                List.of(new FieldError("age", "must be an integer"), new FieldError("gender", "is required"))));
        assertEquals(invalid, Problem.fromJson(invalid.toJson()));
        Problem plain = Problem.of(404, "No such good.");
        assertEquals(plain, Problem.fromJson(plain.toJson()));
        Problem noDetail = new Problem("about:blank", "Conflict", 409, null, List.of());
        assertEquals(noDetail, Problem.fromJson(noDetail.toJson()));
    }

    @Test
    void aPlainProblemHasNoErrorsMember() {
        JsonObject json = Problem.of(404, "No such customer.").toJson();
        assertEquals("about:blank", json.getString("type"));
        assertEquals("Not Found", json.getString("title"));
        assertFalse(json.containsKey("errors"));
    }

    @Test
    void genericProblemsSayNothingAboutInternals() {
        assertEquals(
                "The request failed; the log has the details under this request's id.",
                ProblemResponses.generic(500).detail());
        assertEquals(List.of(), ProblemResponses.generic(500).errors());
    }

    @Test
    void throttlingCarriesRetryAfterOfAtLeastOneSecond() {
        assertEquals(
                "1",
                ProblemResponses.headersOf(Refusal.throttled("slow down", 0)).get("Retry-After"));
        assertEquals(
                "42",
                ProblemResponses.headersOf(Refusal.throttled("slow down", 42)).get("Retry-After"));
    }

    @Test
    void eachKindOfRefusalHasItsStatus() {
        assertEquals(
                409,
                ProblemResponses.problemOf(Refusal.conflict(ProblemType.INSUFFICIENT_FUNDS, "no"))
                        .status());
        assertEquals(
                ProblemType.INSUFFICIENT_FUNDS.uri(),
                ProblemResponses.problemOf(Refusal.conflict(ProblemType.INSUFFICIENT_FUNDS, "no"))
                        .type());
        assertEquals(
                404,
                ProblemResponses.problemOf(Refusal.notFound("No such good.")).status());
        assertEquals(
                503, ProblemResponses.problemOf(Refusal.unavailable("down")).status());
        assertEquals(
                "Bearer",
                ProblemResponses.headersOf(Refusal.unauthenticated("no")).get("WWW-Authenticate"));
        for (Refusal.Kind kind : Refusal.Kind.values()) {
            assertEquals(kind, ProblemResponses.kindOf(ProblemResponses.statusOf(kind)));
        }
    }

    @Test
    void aReplayIsTheEarlierAnswerAgainMarkedAsReplayed() {
        Refusal first = Refusal.conflict(ProblemType.INSUFFICIENT_STOCK, "Insufficient stock");
        Refusal again = Refusal.replayOf(ProblemResponses.problemOf(first));
        assertEquals(ProblemResponses.problemOf(first), ProblemResponses.problemOf(again));
        assertEquals(Refusal.Kind.CONFLICT, again.kind());
        assertEquals("true", ProblemResponses.headersOf(again).get("Idempotent-Replayed"));
        assertEquals(ProblemResponses.problemOf(first), ProblemResponses.problemOf(first.replayed()));
        assertEquals(Map.of(), ProblemResponses.headersOf(first));
    }
}
