package org.ecommerce.customers.customer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.security.Roles;

/** Customer accounts: {@code /v1/customers}. */
@Path("customers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @Inject
    CustomerService service;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /**
     * {@code POST /v1/customers}: registers an account. Anyone may register a customer; asking for
     * {@code "role": "emp"} takes an employee's token (403 otherwise).
     *
     * @param request the new account; unknown members and broken rules are a 400 with field errors
     * @return 201 with the customer and {@code Location: /v1/customers/{username}}; 409 {@code username-taken}
     *         when the username is taken case-insensitively, deleted accounts included
     */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Valid @NotNull RegisterCustomerRequest request) {
        Customer customer = service.register(Caller.of(security), request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(customer.username()).build())
                .entity(CustomerView.of(customer))
                .build();
    }

    /**
     * {@code GET /v1/customers}, employees only: the live customers, by id ascending.
     *
     * @param limit  the raw {@code ?limit=}: default 50, more than 200 taken as 200
     * @param offset the raw {@code ?offset=}: default 0
     * @return 200 with the page as a JSON array and the total in {@code X-Total-Count}; 400 for a negative or
     *         non-numeric paging value
     */
    @GET
    @RolesAllowed(Roles.EMP)
    public Response list(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return service.list(PageRequest.of(limit, offset)).map(CustomerView::of).toResponse(CustomerView.class);
    }

    /**
     * {@code GET /v1/customers/{username}}: the account, to its owner or an employee.
     *
     * @param username the account's username, in any letter case
     * @return the customer; 403 for another customer's account (whether or not it exists), 404 when no live
     *         account has that username
     */
    @GET
    @Path("{username}")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public CustomerView get(@PathParam("username") String username) {
        return CustomerView.of(service.get(Caller.of(security), username));
    }

    /**
     * {@code PATCH /v1/customers/{username}}: changes the members the body has, by the owner or an employee;
     * {@code role} by an employee only (403 otherwise).
     *
     * @param username the account's username, in any letter case
     * @param request  the members to change; unknown members and broken rules are a 400 with field errors
     * @return the changed customer; 403 for another customer's account, 404 when no live account has that
     *         username
     */
    @PATCH
    @Path("{username}")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    @Consumes(MediaType.APPLICATION_JSON)
    public CustomerView update(@PathParam("username") String username, @Valid @NotNull UpdateCustomerRequest request) {
        return CustomerView.of(service.update(Caller.of(security), username, request));
    }

    /**
     * {@code DELETE /v1/customers/{username}}: deletes the account, by the owner or an employee. Its sales and
     * reviews stay, and its username is never registered again.
     *
     * @param username the account's username, in any letter case
     * @return 204; 403 for another customer's account, 404 when no live account has that username (also when it
     *         is already deleted)
     */
    @DELETE
    @Path("{username}")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public Response delete(@PathParam("username") String username) {
        service.delete(Caller.of(security), username);
        return Response.noContent().build();
    }
}
