package org.ecommerce.common.db;

import jakarta.persistence.PersistenceException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ecommerce.api.problem.ProblemType;
import org.ecommerce.common.problem.Refusal;
import org.ecommerce.common.security.Caller;

/**
 * One move of a balance kept with a ledger (a wallet's money, a good's stock), the same for both: the balance
 * changes in one guarded statement, then the ledger row is written under a unique reference, in the caller's
 * transaction. The database enforces both rules; this turns their refusals into answers.
 */
public final class LedgerMove {

    private LedgerMove() {}

    /**
     * What a move left behind.
     *
     * @param balance   the balance's row after the move
     * @param reference the ledger row's reference
     */
    public record Moved<B>(B balance, String reference) {}

    /**
     * Makes the move.
     *
     * @param change  the guarded update of the balance, answering its row after the change; empty when the row is
     *                missing or the guard refused the change (a deduction of more than there is)
     * @param refused what an empty answer means: a 404 or a shortage, as only the caller can tell
     * @param limit   the answer when the new balance does not fit its column (made only then: an exception fills
     *                in its stack trace, which every move would otherwise pay for)
     * @param record  writes the ledger row for the changed balance and answers its reference
     * @return the balance after the move and its reference
     * @throws Refusal the refusal, the limit, or conflict {@link ProblemType#ALREADY_APPLIED} when the ledger holds
     *                 the reference already: this move was made before, and the transaction is rolled back
     */
    public static <B> Moved<B> apply(
            Supplier<Optional<B>> change,
            Supplier<Refusal> refused,
            Supplier<Refusal> limit,
            Function<B, String> record) {
        B balance;
        try {
            balance = change.get().orElseThrow(refused);
        } catch (PersistenceException e) {
            if (SqlStates.is(e, SqlStates.NUMERIC_VALUE_OUT_OF_RANGE)) {
                throw limit.get();
            }
            throw e;
        }
        try {
            return new Moved<>(balance, record.apply(balance));
        } catch (PersistenceException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw Refusal.conflict(ProblemType.ALREADY_APPLIED, "A move with this reference was already applied.");
            }
            throw e;
        }
    }

    /**
     * The ledger reference of a move. With a key it names exactly what the key's idempotency scope names (caller,
     * operation and what the path names), so that the same key used on another wallet, good or operation is
     * another move, as docs/API.md settles, while a second application of one request collides on the unique
     * reference. The key comes last: the sale saga's moves are found by their reference ending in
     * {@code ":" + key}. Without a key every move is its own.
     *
     * @param kind  the operation, for example {@code deduct}
     * @param owner what the path names, for example {@code good-7} or {@code customer-12}
     */
    public static String reference(String kind, String owner, Caller caller, String idempotencyKey) {
        return idempotencyKey == null
                ? kind + ":" + UUID.randomUUID()
                : kind + ":" + owner + ":" + caller.keyScope() + ":" + idempotencyKey;
    }
}
