package org.ecommerce.sales.remote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.ecommerce.common.problem.Problem;
import org.ecommerce.common.remote.RemoteResponse;
import org.ecommerce.sales.remote.StepResult.Outcome;

/**
 * One idempotent saga call with its fault tolerance: a 3 s timeout, two retries, a circuit breaker. An answer
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
     * @return {@code DONE} for 200 (with the {@code wallet_balance} of the answer, if it has one),
     *         {@code REFUSED} for a 409 other than {@code idempotency-key-in-use}, {@code NOT_FOUND} for 404
     * @throws ProcessingException for any other answer, or none, once the retries are spent (or the fault
     *                             tolerance's own exceptions: timeout, open circuit)
     */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public StepResult call(Supplier<Response> request) {
        try (Response response = RemoteResponse.of(request)) {
            int status = response.getStatus();
            if (status == 200) {
                JsonObject json = Json.createReader(new StringReader(response.readEntity(String.class))).readObject();
                BigDecimal balance = json.containsKey("wallet_balance")
                        ? json.getJsonNumber("wallet_balance").bigDecimalValue() : null;
                return new StepResult(Outcome.DONE, balance);
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
            type = Json.createReader(new StringReader(problem)).readObject().getString("type", "");
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
