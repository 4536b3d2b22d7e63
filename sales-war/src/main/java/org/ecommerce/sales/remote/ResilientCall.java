package org.ecommerce.sales.remote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.ecommerce.common.json.Jsonp;
import org.ecommerce.common.problem.Problem;
import org.ecommerce.common.remote.RemoteResponse;
import org.ecommerce.sales.remote.StepResult.Outcome;

/**
 * One idempotent saga call with its fault tolerance: two retries and a circuit breaker, on the calling thread.
 * Each attempt is bounded by the Rest Client's own connect and read timeouts ({@code customers/mp-rest/...},
 * {@code inventory/mp-rest/...}); a Fault Tolerance {@code @Timeout} would hand every call to another thread
 * and capture its context, and its interrupt, landing in the retry's pause, ended the retries. An answer
 * that settles the step (200, 404, a 409 of a shortage or of a move already applied) is returned; anything else
 * is thrown, so that it is retried.
 */
@ApplicationScoped
public class ResilientCall {

    /**
     * Makes the call, retrying what does not settle the step.
     *
     * @param request the Rest Client call; it must carry an {@code Idempotency-Key}, since it may be sent three
     *                times
     * @return {@code DONE} for 200 (with the {@code wallet_balance}, or the good's {@code name} and
     *         {@code price}, of the answer),
     *         {@code REFUSED} for a 409 other than {@code idempotency-key-in-use}, {@code NOT_FOUND} for 404
     * @throws ProcessingException for any other answer, or none, once the retries are spent (or the fault
     *                             tolerance's own exception for an open circuit)
     */
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public StepResult call(Supplier<Response> request) {
        try (Response response = RemoteResponse.of(request)) {
            int status = response.getStatus();
            if (status == 200) {
                JsonObject json = Jsonp.readObject(response.readEntity(String.class));
                return new StepResult(
                        Outcome.DONE,
                        decimal(json, "wallet_balance"),
                        json.getString("name", null),
                        decimal(json, "price"));
            }
            if (status == 409) {
                return conflict(response.readEntity(String.class));
            }
            if (status == 404) {
                return StepResult.of(Outcome.NOT_FOUND);
            }
            // 5xx, a refused service identity, anything else: nothing is settled.
            throw new ProcessingException("answered " + status);
        }
    }

    private static BigDecimal decimal(JsonObject json, String member) {
        return json.get(member) instanceof JsonNumber number ? number.bigDecimalValue() : null;
    }

    /**
     * What a 409 settles, by its problem type. Only a shortage is a refusal. {@code already-applied} means the
     * ledger already holds this step's reference, which happens when the step is re-sent after its idempotency
     * key was forgotten: the move was made, and calling it refused would lose the stock or money it took. Any
     * other conflict (the same key still being processed, a stock or balance at its limit, a concurrent change)
     * settles nothing and is thrown, to be retried now or by recovery later.
     */
    static StepResult conflict(String problem) {
        String type;
        try {
            type = Jsonp.readObject(problem).getString("type", "");
        } catch (RuntimeException e) {
            throw new ProcessingException("answered 409 without a problem document");
        }
        String kind = type.startsWith(Problem.TYPE_PREFIX) ? type.substring(Problem.TYPE_PREFIX.length()) : type;
        return switch (kind) {
            case "insufficient-stock", "insufficient-funds" -> StepResult.of(Outcome.REFUSED);
            case "already-applied" -> StepResult.of(Outcome.DONE);
            default -> throw new ProcessingException("answered 409 " + kind);
        };
    }
}
