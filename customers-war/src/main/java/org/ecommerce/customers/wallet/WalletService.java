package org.ecommerce.customers.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.logging.Logger;
import org.ecommerce.api.customers.RefundRequest;
import org.ecommerce.api.customers.WalletView;
import org.ecommerce.api.problem.ProblemType;
import org.ecommerce.common.db.LedgerMove;
import org.ecommerce.common.paging.Page;
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.problem.Refusal;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.web.RequestId;
import org.ecommerce.customers.customer.Customer;
import org.ecommerce.customers.customer.CustomerAccess;
import org.ecommerce.customers.customer.CustomerService;

/** Charges, deductions and refunds of wallets, and the ledger that records them. */
@ApplicationScoped
public class WalletService {

    private static final Logger LOG = Logger.getLogger(WalletService.class.getName());

    @Inject
    WalletLedger ledger;

    @Inject
    CustomerService customers;

    /**
     * Moves money in or out of a wallet and writes the ledger row, in one transaction.
     *
     * @param caller         who sends the request: a charge takes the owner or an employee, a deduction also
     *                       accepts a service
     * @param username       the wallet's owner, in any letter case
     * @param kind           {@code CHARGE} or {@code DEDUCT}; a refund is {@link #refund}
     * @param amount         the unsigned, validated amount
     * @param idempotencyKey the request's key, or {@code null}: with a key, the ledger reference is derived from
     *                       it, so the unique reference is a second guard against applying one request twice
     * @return the owner's username as registered and the new balance
     * @throws Refusal forbidden when the caller may not do this to the wallet; not found when there is no such
     *                 customer; conflict {@code insufficient-funds} when a deduction exceeds the balance,
     *                 {@code balance-limit} when the balance would overflow NUMERIC(12,2), and
     *                 {@code already-applied} when the ledger already has the reference
     */
    @Transactional
    public WalletView apply(
            Caller caller, String username, TransactionKind kind, BigDecimal amount, String idempotencyKey) {
        switch (kind) {
            case CHARGE -> CustomerAccess.requireSelfOrEmp(caller, username);
            case DEDUCT -> CustomerAccess.requireSelfEmpOrService(caller, username);
            default -> throw new IllegalArgumentException(kind.name() + " is not a charge or a deduction");
        }
        return move(caller, username, kind, amount, idempotencyKey, null);
    }

    /**
     * Gives back a debit of the wallet, at most its amount and once, and writes the ledger row naming it, in one
     * transaction. Employees and services only, as the resource's roles ensure; a deleted account's wallet takes
     * it too, since money taken before the account was closed must go back somewhere.
     *
     * @param caller         an employee or a service
     * @param username       the wallet's owner, in any letter case
     * @param request        the validated amount and the debit, by id or by the key the caller made it with
     * @param idempotencyKey the request's key, or {@code null}
     * @return the owner's username as registered and the new balance
     * @throws Refusal invalid unless exactly one of {@code debit_id} and {@code debit_key} names the debit;
     *                 not found when there is no such customer; conflict {@code refund-unmatched} when the wallet
     *                 has no such debit or the amount is more than it took, {@code already-refunded} when another
     *                 refund gave it back, {@code balance-limit}, and {@code already-applied}
     */
    @Transactional
    public WalletView refund(Caller caller, String username, RefundRequest request, String idempotencyKey) {
        if ((request.debitId() == null) == (request.debitKey() == null)) {
            throw Refusal.invalid("debit_id", "or else debit_key names the debit to give back, one of them");
        }
        long customerId = ledger.customerId(username).orElseThrow(() -> Refusal.notFound("No such customer."));
        String debitReference = request.debitKey() == null
                ? null
                : LedgerMove.reference(
                        TransactionKind.DEDUCT.value(), "customer-" + customerId, caller, request.debitKey());
        WalletLedger.Debit debit = ledger.debit(customerId, request.debitId(), debitReference)
                .orElseThrow(() -> Refusal.conflict(ProblemType.REFUND_UNMATCHED, "The wallet has no such debit."));
        if (request.amount().compareTo(debit.amount()) > 0) {
            throw Refusal.conflict(
                    ProblemType.REFUND_UNMATCHED,
                    "A refund gives back at most what its debit took ("
                            + debit.amount().toPlainString() + ").");
        }
        if (debit.refunded()) {
            throw Refusal.conflict(ProblemType.ALREADY_REFUNDED, "This debit was given back before.");
        }
        return move(caller, username, TransactionKind.REFUND, request.amount(), idempotencyKey, debit.id());
    }

    private WalletView move(
            Caller caller,
            String username,
            TransactionKind kind,
            BigDecimal amount,
            String idempotencyKey,
            Long refundOf) {
        BigDecimal signed = kind == TransactionKind.DEDUCT ? amount.negate() : amount;
        LedgerMove.Moved<WalletLedger.Balance> move = LedgerMove.apply(
                () -> ledger.add(username, signed, kind == TransactionKind.REFUND),
                () -> refusal(username, kind),
                () -> Refusal.conflict(ProblemType.BALANCE_LIMIT, "The wallet cannot hold that much money."),
                balance -> {
                    String reference = LedgerMove.reference(
                            kind.value(), "customer-" + balance.customerId(), caller, idempotencyKey);
                    ledger.record(new WalletTransaction(
                            balance.customerId(),
                            kind,
                            amount,
                            balance.amount(),
                            reference,
                            caller.scopeName(),
                            refundOf));
                    return reference;
                });
        WalletLedger.Balance balance = move.balance();
        LOG.info(() -> kind.value() + " " + amount.toPlainString() + " on wallet of " + username + " by "
                + caller.scopeName() + ", balance " + balance.amount().toPlainString() + ", reference "
                + move.reference() + (refundOf == null ? "" : ", giving back debit " + refundOf) + " [request "
                + RequestId.current() + "]");
        return new WalletView(balance.username(), balance.amount());
    }

    /**
     * The wallet's ledger, oldest first.
     *
     * @param caller   who sends the request
     * @param username the wallet's owner, in any letter case
     * @param page     the page asked for; a limit of 0 gives no rows but still the total
     * @return the rows of the page and the ledger's number of rows
     * @throws Refusal forbidden for anyone but the owner or an employee; not found when there is no live customer of
     *                 that name
     */
    @Transactional
    public Page<WalletTransaction> transactions(Caller caller, String username, PageRequest page) {
        CustomerAccess.requireSelfOrEmp(caller, username);
        Customer customer = customers.find(username);
        long total = ledger.count(customer.id());
        List<WalletTransaction> items =
                page.limit() == 0 ? List.of() : ledger.list(customer.id(), page.offset(), page.limit());
        return new Page<>(items, total);
    }

    private Refusal refusal(String username, TransactionKind kind) {
        // Not found, or found but short of money: only a deduction can be short.
        Customer customer = customers.find(username);
        if (kind != TransactionKind.DEDUCT) {
            throw new IllegalStateException("Adding money to " + customer.username() + " changed no row");
        }
        return Refusal.conflict(ProblemType.INSUFFICIENT_FUNDS, "Insufficient funds");
    }
}
