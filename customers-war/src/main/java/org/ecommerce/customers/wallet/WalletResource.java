package org.ecommerce.customers.wallet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
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
@RequestScoped
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

    @PUT
    @Path("{username}/charge")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response charge(@PathParam("username") String username, @Valid @NotNull AmountRequest request,
            @HeaderParam(IdempotencyKey.HEADER) String key) {
        return apply(username, TransactionKind.CHARGE, request, key);
    }

    @PUT
    @Path("{username}/deduct")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP, Roles.SERVICE})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response deduct(@PathParam("username") String username, @Valid @NotNull AmountRequest request,
            @HeaderParam(IdempotencyKey.HEADER) String key) {
        return apply(username, TransactionKind.DEDUCT, request, key);
    }

    @PUT
    @Path("{username}/refund")
    @RolesAllowed({Roles.EMP, Roles.SERVICE})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refund(@PathParam("username") String username, @Valid @NotNull AmountRequest request,
            @HeaderParam(IdempotencyKey.HEADER) String key) {
        return apply(username, TransactionKind.REFUND, request, key);
    }

    @GET
    @Path("{username}/wallet/transactions")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public Response transactions(@PathParam("username") String username, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        return wallet.transactions(Caller.of(security), username, PageRequest.of(limit, offset))
                .map(WalletTransactionView::of)
                .toResponse(WalletTransactionView.class);
    }

    private Response apply(String username, TransactionKind kind, AmountRequest request, String key) {
        Caller caller = Caller.of(security);
        return idempotency.execute(caller, "PUT", uri.getRequestUri().getRawPath(), key, request.fingerprint(),
                () -> Response.ok(wallet.apply(caller, username, kind, request.amount(), key)).build());
    }
}
