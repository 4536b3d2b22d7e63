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
import org.ecommerce.common.remote.RemoteResponse;
import org.ecommerce.sales.remote.StepResult.Outcome;

/**
 * One idempotent saga call with its fault tolerance: a 3 s timeout, two retries, a circuit breaker. An answer
 * that settles the step (200, 404, a refusing 409) is returned; anything else is thrown, so that it is retried.
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
                // A 409 can also mean that the same key is still being processed: no refusal, so retry it.
                if (response.readEntity(String.class).contains("idempotency-key-in-use")) {
                    throw new ProcessingException("the step is still being processed");
                }
                return StepResult.of(Outcome.REFUSED);
            }
            if (status == 404) {
                return StepResult.of(Outcome.NOT_FOUND);
            }
            // 5xx, a refused service identity, anything else: nothing is settled.
            throw new ProcessingException("answered " + status);
        }
    }
}
