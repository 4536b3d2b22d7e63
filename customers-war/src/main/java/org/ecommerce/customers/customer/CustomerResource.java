package org.ecommerce.customers.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.ecommerce.api.customers.CustomerView;
import org.ecommerce.api.customers.CustomersApi;
import org.ecommerce.api.customers.RegisterCustomerRequest;
import org.ecommerce.api.customers.UpdateCustomerRequest;
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.security.Roles;

/** {@link CustomersApi}; who may see or change which account is {@link CustomerAccess}'s to decide. */
@ApplicationScoped
public class CustomerResource implements CustomersApi {

    @Inject
    CustomerService service;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @Override
    public Response register(RegisterCustomerRequest request) {
        Customer customer = service.register(Caller.of(security), request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(customer.username()).build())
                .entity(customer.view())
                .build();
    }

    @Override
    @RolesAllowed(Roles.EMP)
    public Response listCustomers(Integer limit, Integer offset) {
        return service.list(PageRequest.of(limit, offset)).map(Customer::view).toResponse(CustomerView.class);
    }

    @Override
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public CustomerView getCustomer(String username) {
        return service.get(Caller.of(security), username).view();
    }

    @Override
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public CustomerView updateCustomer(String username, UpdateCustomerRequest request) {
        return service.update(Caller.of(security), username, request).view();
    }

    @Override
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public void deleteCustomer(String username) {
        service.delete(Caller.of(security), username);
    }
}
