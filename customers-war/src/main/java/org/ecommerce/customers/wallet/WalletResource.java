package org.ecommerce.customers.wallet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.ecommerce.common.idempotency.Idempotency;
import org.ecommerce.common.idempotency.IdempotencyKey;
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.security.Roles;

/**
 * Wallets: {@code /v1/customers/{username}/charge|deduct|refund} and the ledger at
 * {@code /v1/customers/{username}/wallet/transactions}. Money-moving operations accept an
 * {@code Idempotency-Key}.
 */
@Path("customers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class WalletResource {

    @Inject
    WalletService wallet;

    @Inject
    Idempotency idempotency;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /**
     * {@code PUT /v1/customers/{username}/charge}: puts money into the wallet, by the owner or an employee.
     *
     * @param username the wallet's owner, in any letter case
     * @param request  the amount: more than 0, at most 1,000,000.00, at most 2 decimals (400 otherwise)
     * @param key      the {@code Idempotency-Key} header, or {@code null}: a repeat with the same key and amount
     *                 replays the first answer, the same key with another amount is 422, a repeat while the
     *                 first is in progress is 409
     * @return 200 with {@code {username, wallet_balance}}; 403 for another customer's wallet, 404 when no live
     *         account has that username, 409 {@code balance-limit} when the balance would overflow
     */
    @PUT
    @Path("{username}/charge")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response charge(
            @PathParam("username") String username,
            @Valid @NotNull AmountRequest request,
            @HeaderParam(IdempotencyKey.HEADER) String key) {
        return apply(username, TransactionKind.CHARGE, request, key);
    }

    /**
     * {@code PUT /v1/customers/{username}/deduct}: takes money out of the wallet, by the owner, an employee or a
     * service (the sales saga).
     *
     * @param username the wallet's owner, in any letter case
     * @param request  the amount: more than 0, at most 1,000,000.00, at most 2 decimals (400 otherwise)
     * @param key      the {@code Idempotency-Key} header, or {@code null}: a repeat with the same key and amount
     *                 replays the first answer, the same key with another amount is 422, a repeat while the
     *                 first is in progress is 409
     * @return 200 with {@code {username, wallet_balance}}; 403 for another customer's wallet, 404 when no live
     *         account has that username, 409 {@code insufficient-funds} when the balance is less than the amount
     */
    @PUT
    @Path("{username}/deduct")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP, Roles.SERVICE})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response deduct(
            @PathParam("username") String username,
            @Valid @NotNull AmountRequest request,
            @HeaderParam(IdempotencyKey.HEADER) String key) {
        return apply(username, TransactionKind.DEDUCT, request, key);
    }

    /**
     * {@code PUT /v1/customers/{username}/refund}: gives money back, by an employee or a service (the sales
     * saga compensating a sale). A deleted account's wallet still receives it, so money never vanishes.
     *
     * @param username the wallet's owner, in any letter case
     * @param request  the amount: more than 0, at most 1,000,000.00, at most 2 decimals (400 otherwise)
     * @param key      the {@code Idempotency-Key} header, or {@code null}: a repeat with the same key and amount
     *                 replays the first answer, the same key with another amount is 422, a repeat while the
     *                 first is in progress is 409
     * @return 200 with {@code {username, wallet_balance}}; 404 when no account, live or deleted, has that username
     */
    @PUT
    @Path("{username}/refund")
    @RolesAllowed({Roles.EMP, Roles.SERVICE})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refund(
            @PathParam("username") String username,
            @Valid @NotNull AmountRequest request,
            @HeaderParam(IdempotencyKey.HEADER) String key) {
        return apply(username, TransactionKind.REFUND, request, key);
    }

    /**
     * {@code GET /v1/customers/{username}/wallet/transactions}: the wallet's ledger, oldest first, to the owner
     * or an employee.
     *
     * @param username the wallet's owner, in any letter case
     * @param limit    the raw {@code ?limit=}: default 50, more than 200 taken as 200
     * @param offset   the raw {@code ?offset=}: default 0
     * @return 200 with the page as a JSON array and the total in {@code X-Total-Count}; 403 for another
     *         customer's wallet, 404 when no live account has that username
     */
    @GET
    @Path("{username}/wallet/transactions")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public Response transactions(
            @PathParam("username") String username,
            @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        return wallet.transactions(Caller.of(security), username, PageRequest.of(limit, offset))
                .map(WalletTransactionView::of)
                .toResponse(WalletTransactionView.class);
    }

    private Response apply(String username, TransactionKind kind, AmountRequest request, String key) {
        Caller caller = Caller.of(security);
        // Usernames are case-insensitive, so /Alice/deduct and /alice/deduct name one wallet and one key scope;
        // the raw path would replay neither for the other, and the ledger reference would refuse the second.
        String path = uri.getRequestUri().getRawPath().toLowerCase(Locale.ROOT);
        return idempotency.execute(
                caller,
                "PUT",
                path,
                key,
                request.fingerprint(),
                () -> Response.ok(wallet.apply(caller, username, kind, request.amount(), key))
                        .build());
    }
}
