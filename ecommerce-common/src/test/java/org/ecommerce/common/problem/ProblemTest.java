package org.ecommerce.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.util.List;
import org.ecommerce.api.problem.FieldError;
import org.ecommerce.api.problem.Problem;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void aValidationProblemListsItsFieldErrors() {
        JsonObject json =
                ApiException.invalid("age", "must be an integer").problem().toJson();
        assertEquals(400, json.getInt("status"));
        assertEquals("urn:ecommerce:problem:validation", json.getString("type"));
        assertEquals("age", json.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aProblemReadBackFromItsDocumentIsTheSame() {
        // Replayed refusals are stored as documents and answered again from them.
        Problem invalid = ApiException.invalid(
                        List.of(new FieldError("age", "must be an integer"), new FieldError("gender", "is required")))
                .problem();
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
        assertEquals("1", ApiException.tooManyRequests("slow down", 0).headers().get("Retry-After"));
        assertEquals(
                "42", ApiException.tooManyRequests("slow down", 42).headers().get("Retry-After"));
    }
}
