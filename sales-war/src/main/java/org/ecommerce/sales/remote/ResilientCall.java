package org.ecommerce.sales.remote;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.ecommerce.api.problem.AlreadyApplied;
import org.ecommerce.api.problem.NotFound;
import org.ecommerce.api.problem.ProblemException;
import org.ecommerce.api.problem.ProblemType;
import org.ecommerce.api.problem.Refused;
import org.ecommerce.sales.remote.StepResult.Outcome;

/**
 * The saga's idempotent calls with their fault tolerance: two retries and a circuit breaker, on the calling
 * thread. There is a breaker per dependency and direction, so that an outage of inventory does not stop the
 * refunds that customers could make, nor failing debits the refunds of the same service. Each attempt is bounded
 * by the Rest Client's own connect and read timeouts ({@code customers/mp-rest/...},
 * {@code inventory/mp-rest/...}); a Fault Tolerance {@code @Timeout} would hand every call to another thread and
 * capture its context, and its interrupt, landing in the retry's pause, ended the retries.
 *
 * <p>Each method makes the call, retrying what does not settle the step. The call answers {@code DONE} with what
 * the sale keeps of the answer; it must carry an {@code Idempotency-Key}, since it may be sent three times. The
 * result is the call's own, {@code REFUSED} for insufficient stock or funds, {@code NOT_FOUND} when the service
 * says that the good or customer does not exist, or {@code DONE} (with nothing kept) when the ledger already holds
 * the move (or, for a refund, the debit was given back by another refund): the step was re-sent after its key was
 * forgotten, and calling it refused would lose the stock or money it took. Any other answer (a 5xx, a 404 that
 * is no not-found problem, a refused service identity, a key still in use, a stock or balance at its limit) or
 * none is thrown once the retries are spent, as is the fault tolerance's own exception for an open circuit.
 */
@ApplicationScoped
public class ResilientCall {

    /** A call that takes units from inventory. */
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public StepResult takeStock(Supplier<StepResult> request) {
        return answer(request);
    }

    /** A call that gives units back to inventory. */
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public StepResult returnStock(Supplier<StepResult> request) {
        return answer(request);
    }

    /** A call that takes money from a wallet. */
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public StepResult takeMoney(Supplier<StepResult> request) {
        return answer(request);
    }

    /** A call that gives money back to a wallet. */
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public StepResult returnMoney(Supplier<StepResult> request) {
        return answer(request);
    }

    static StepResult answer(Supplier<StepResult> request) {
        try {
            return request.get();
        } catch (Refused e) {
            return StepResult.of(Outcome.REFUSED);
        } catch (NotFound e) {
            return StepResult.of(Outcome.NOT_FOUND);
        } catch (AlreadyApplied e) {
            return StepResult.of(Outcome.DONE);
        } catch (ProblemException e) {
            // The debit was given back by another refund (an employee's, say): the money is back, as this wanted.
            if (e.type().filter(type -> type == ProblemType.ALREADY_REFUNDED).isPresent()) {
                return StepResult.of(Outcome.DONE);
            }
            throw e;
        }
    }
}
