package org.ecommerce.customers.wallet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ecommerce.api.customers.AmountRequest;
import org.ecommerce.api.customers.RefundRequest;
import org.ecommerce.api.customers.WalletApi;
import org.ecommerce.api.customers.WalletTransactionView;
import org.ecommerce.api.customers.WalletView;
import org.ecommerce.common.idempotency.Idempotency;
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.security.Roles;
import org.ecommerce.common.security.Usernames;
import org.ecommerce.customers.customer.CustomerAccess;

/** {@link WalletApi}; who may move whose money is {@link WalletService}'s to decide. */
@ApplicationScoped
public class WalletResource implements WalletApi {

    @Inject
    WalletService wallet;

    @Inject
    Idempotency idempotency;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @Override
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public WalletView chargeWallet(String username, String idempotencyKey, AmountRequest request) {
        return apply(username, TransactionKind.CHARGE, request, idempotencyKey);
    }

    @Override
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP, Roles.SERVICE})
    public WalletView deductWallet(String username, String idempotencyKey, AmountRequest request) {
        return apply(username, TransactionKind.DEDUCT, request, idempotencyKey);
    }

    @Override
    @RolesAllowed({Roles.EMP, Roles.SERVICE})
    public WalletView refundWallet(String username, String idempotencyKey, RefundRequest request) {
        // Before the key is claimed: a path naming no possible account must not be stored with it.
        CustomerAccess.requirePossibleName(username);
        Caller caller = Caller.of(security);
        String fingerprint = amountFingerprint(request.amount()) + ";debit_id=" + request.debitId() + ";debit_key="
                + request.debitKey();
        return idempotency.execute(
                caller,
                "PUT",
                walletPath(),
                idempotencyKey,
                fingerprint,
                WalletView.class,
                () -> wallet.refund(caller, username, request, idempotencyKey));
    }

    @Override
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public Response walletTransactions(String username, Integer limit, Integer offset) {
        return wallet.transactions(Caller.of(security), username, PageRequest.of(limit, offset))
                .map(WalletTransaction::view)
                .toResponse(WalletTransactionView.class);
    }

    private WalletView apply(String username, TransactionKind kind, AmountRequest request, String key) {
        // Before the key is claimed: a path naming no possible account must not be stored with it.
        CustomerAccess.requirePossibleName(username);
        Caller caller = Caller.of(security);
        return idempotency.execute(
                caller,
                "PUT",
                walletPath(),
                key,
                amountFingerprint(request.amount()),
                WalletView.class,
                () -> wallet.apply(caller, username, kind, request.amount(), key));
    }

    // Usernames are case-insensitive, so /Alice/deduct and /alice/deduct name one wallet and one key scope; the
    // raw path would replay neither for the other, and the ledger reference would refuse the second.
    private String walletPath() {
        return Usernames.fold(uri.getRequestUri().getRawPath());
    }

    // 10, 10.0 and 10.00 are one request (the amount is validated: at most two decimals).
    private static String amountFingerprint(BigDecimal amount) {
        return "amount=" + amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
