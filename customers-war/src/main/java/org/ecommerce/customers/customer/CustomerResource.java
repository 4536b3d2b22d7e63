package org.ecommerce.customers.customer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.security.Roles;

/** Customer accounts: {@code /v1/customers}. */
@Path("customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers", description = "Registration and profiles")
public class CustomerResource {

    @Inject
    CustomerService service;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a customer",
            description = "Anyone may register a customer; registering an employee (role emp) takes an emp token.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new customer")
    @APIResponse(responseCode = "400", description = "Invalid members, listed in errors")
    @APIResponse(responseCode = "403", description = "role emp without an emp token")
    @APIResponse(responseCode = "409", description = "The username is taken (deleted accounts keep theirs)")
    public Response register(@Valid @NotNull RegisterCustomerRequest request) {
        Customer customer = service.register(Caller.of(security), request);
        return Response.created(uri.getAbsolutePathBuilder().path(customer.username()).build())
                .entity(CustomerView.of(customer))
                .build();
    }

    @GET
    @RolesAllowed(Roles.EMP)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "List customers (employees)", description = "Ordered by id; X-Total-Count has the total.")
    public Response list(@QueryParam("limit") @Parameter(description = "default 50, at most 200") String limit,
            @QueryParam("offset") @Parameter(description = "default 0") String offset) {
        return service.list(PageRequest.of(limit, offset)).map(CustomerView::of).toResponse(CustomerView.class);
    }

    @GET
    @Path("{username}")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Read a customer (self or employee)")
    @APIResponse(responseCode = "200", description = "The customer")
    @APIResponse(responseCode = "403", description = "Another customer's account")
    @APIResponse(responseCode = "404", description = "No such customer")
    public CustomerView get(@PathParam("username") String username) {
        return CustomerView.of(service.get(Caller.of(security), username));
    }

    @PATCH
    @Path("{username}")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a customer (self or employee)",
            description = "Only the members sent change; role only by an employee.")
    @APIResponse(responseCode = "200", description = "The changed customer")
    @APIResponse(responseCode = "400", description = "Invalid members, listed in errors")
    @APIResponse(responseCode = "403", description = "Another customer's account, or role without an emp token")
    @APIResponse(responseCode = "404", description = "No such customer")
    public CustomerView update(@PathParam("username") String username,
            @Valid @NotNull UpdateCustomerRequest request) {
        return CustomerView.of(service.update(Caller.of(security), username, request));
    }

    @DELETE
    @Path("{username}")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a customer (self or employee)",
            description = "The account's sales and reviews stay; its username is never reused.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Another customer's account")
    @APIResponse(responseCode = "404", description = "No such customer")
    public Response delete(@PathParam("username") String username) {
        service.delete(Caller.of(security), username);
        return Response.noContent().build();
    }
}
