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
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.security.Roles;

/** Customer accounts: {@code /v1/customers}. */
@Path("customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
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
    public Response register(@Valid @NotNull RegisterCustomerRequest request) {
        Customer customer = service.register(Caller.of(security), request);
        return Response.created(uri.getAbsolutePathBuilder().path(customer.username()).build())
                .entity(CustomerView.of(customer))
                .build();
    }

    @GET
    @RolesAllowed(Roles.EMP)
    public Response list(@QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        return service.list(PageRequest.of(limit, offset)).map(CustomerView::of).toResponse(CustomerView.class);
    }

    @GET
    @Path("{username}")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public CustomerView get(@PathParam("username") String username) {
        return CustomerView.of(service.get(Caller.of(security), username));
    }

    @PATCH
    @Path("{username}")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    @Consumes(MediaType.APPLICATION_JSON)
    public CustomerView update(@PathParam("username") String username,
            @Valid @NotNull UpdateCustomerRequest request) {
        return CustomerView.of(service.update(Caller.of(security), username, request));
    }

    @DELETE
    @Path("{username}")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public Response delete(@PathParam("username") String username) {
        service.delete(Caller.of(security), username);
        return Response.noContent().build();
    }
}
