package org.ecommerce.customers.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.logging.Logger;
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
     * @param caller         who sends the request; a charge takes the owner or an employee, a deduction also
     *                       accepts a service, and a refund relies on the resource's roles (employee or service)
     * @param username       the wallet's owner, in any letter case; a refund also reaches a deleted account
     * @param kind           what to do
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
            case REFUND -> {
                // Employees and services only, as the resource's roles already ensure.
            }
            default -> throw new IllegalStateException(kind.name());
        }
        BigDecimal signed = kind == TransactionKind.DEDUCT ? amount.negate() : amount;
        LedgerMove.Moved<WalletLedger.Balance> move = LedgerMove.apply(
                () -> ledger.add(username, signed, kind == TransactionKind.REFUND),
                () -> refusal(username, kind),
                () -> Refusal.conflict(ProblemType.BALANCE_LIMIT, "The wallet cannot hold that much money."),
                balance -> {
                    String reference = LedgerMove.reference(
                            kind.value(), "customer-" + balance.customerId(), caller, idempotencyKey);
                    ledger.record(new WalletTransaction(
                            balance.customerId(), kind, amount, balance.amount(), reference, caller.scopeName()));
                    return reference;
                });
        WalletLedger.Balance balance = move.balance();
        LOG.info(() -> kind.value() + " " + amount.toPlainString() + " on wallet of " + username + " by "
                + caller.scopeName() + ", balance " + balance.amount().toPlainString() + ", reference "
                + move.reference() + " [request " + RequestId.current() + "]");
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
