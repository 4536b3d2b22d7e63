package org.ecommerce.api.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ecommerce.api.Answers;
import org.ecommerce.api.Headers;
import org.ecommerce.api.Paging;

/**
 * Wallets: {@code /v1/customers/{username}/charge|deduct|refund} and the ledger. With an
 * {@link Headers#IDEMPOTENCY_KEY}, a repeat with the same key and amount answers as the first and moves no money;
 * the same key with another amount is {@link org.ecommerce.api.problem.ProblemType#IDEMPOTENCY_KEY_REUSED}.
 */
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
public interface WalletApi {

    /**
     * Puts money into the wallet (its owner or an employee).
     *
     * @return the balance after; {@code balance-limit} when the wallet cannot hold that much
     */
    @PUT
    @Path("{username}/charge")
    @Consumes(MediaType.APPLICATION_JSON)
    WalletView chargeWallet(
            @PathParam("username") String username,
            @HeaderParam(Headers.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull AmountRequest request);

    /**
     * Takes money out of the wallet (its owner, an employee or a service).
     *
     * @return the balance after; {@link org.ecommerce.api.problem.Refused} ({@code insufficient-funds}) when the
     *         balance is less than the amount
     */
    @PUT
    @Path("{username}/deduct")
    @Consumes(MediaType.APPLICATION_JSON)
    WalletView deductWallet(
            @PathParam("username") String username,
            @HeaderParam(Headers.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull AmountRequest request);

    /**
     * Gives back a debit (an employee or a service), at most its amount and once; a deleted account's wallet
     * takes it too.
     *
     * @return the balance after; a {@link org.ecommerce.api.problem.ProblemException} of type
     *         {@code refund-unmatched} when the wallet has no such debit or the amount exceeds it, of type
     *         {@code already-refunded} when the debit was given back before
     */
    @PUT
    @Path("{username}/refund")
    @Consumes(MediaType.APPLICATION_JSON)
    WalletView refundWallet(
            @PathParam("username") String username,
            @HeaderParam(Headers.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull RefundRequest request);

    /**
     * The wallet's ledger, oldest first (its owner or an employee).
     *
     * @return 200 with a JSON array of {@link WalletTransactionView} and the total in {@link Headers#TOTAL_COUNT}
     */
    @Answers(status = 200, type = WalletTransactionView.class, list = true)
    @GET
    @Path("{username}/wallet/transactions")
    Response walletTransactions(
            @PathParam("username") String username,
            @QueryParam("limit") @Min(value = 0, message = Paging.WHOLE_NUMBER) Integer limit,
            @QueryParam("offset") @Min(value = 0, message = Paging.WHOLE_NUMBER) Integer offset);
}
