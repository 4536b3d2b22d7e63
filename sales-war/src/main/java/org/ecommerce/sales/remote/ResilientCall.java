package org.ecommerce.sales.remote;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.ecommerce.api.problem.AlreadyApplied;
import org.ecommerce.api.problem.NotFound;
import org.ecommerce.api.problem.Refused;
import org.ecommerce.sales.remote.StepResult.Outcome;

/**
 * One idempotent saga call with its fault tolerance: two retries and a circuit breaker, on the calling thread.
 * Each attempt is bounded by the Rest Client's own connect and read timeouts ({@code customers/mp-rest/...},
 * {@code inventory/mp-rest/...}); a Fault Tolerance {@code @Timeout} would hand every call to another thread
 * and capture its context, and its interrupt, landing in the retry's pause, ended the retries.
 */
@ApplicationScoped
public class ResilientCall {

    /**
     * Makes the call, retrying what does not settle the step.
     *
     * @param request the call, answering {@code DONE} with what the sale keeps of the answer; it must carry an
     *                {@code Idempotency-Key}, since it may be sent three times
     * @return the call's own result; {@code REFUSED} for insufficient stock or funds, {@code NOT_FOUND} when the
     *         good or customer does not exist, {@code DONE} (with nothing kept) when the ledger already holds the
     *         move: the step was re-sent after its key was forgotten, and calling it refused would lose the stock
     *         or money it took
     * @throws RuntimeException for any other answer (a 5xx, a refused service identity, a key still in use, a
     *                          stock or balance at its limit) or none, once the retries are spent (or the fault
     *                          tolerance's own exception for an open circuit)
     */
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public StepResult call(Supplier<StepResult> request) {
        try {
            return request.get();
        } catch (Refused e) {
            return StepResult.of(Outcome.REFUSED);
        } catch (NotFound e) {
            return StepResult.of(Outcome.NOT_FOUND);
        } catch (AlreadyApplied e) {
            return StepResult.of(Outcome.DONE);
        }
    }
}
