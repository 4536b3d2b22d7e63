package org.ecommerce.api.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ecommerce.api.Answers;
import org.ecommerce.api.Headers;
import org.ecommerce.api.Paging;

/**
 * Accounts: {@code /v1/customers}. Usernames are case-insensitive; a customer acts on its own account, an
 * employee on every account.
 */
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
public interface CustomersApi {

    /**
     * Registers an account (anyone; role {@code emp} only by an employee).
     *
     * @return 201 with the {@link CustomerView} and its {@code Location}; {@code username-taken} when the
     *         username is taken in any letter case
     */
    @Answers(status = 201, type = CustomerView.class)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response register(@Valid @NotNull RegisterCustomerRequest request);

    /**
     * Every live account, oldest first (emp).
     *
     * @return 200 with a JSON array of {@link CustomerView} and the total in {@link Headers#TOTAL_COUNT}
     */
    @Answers(status = 200, type = CustomerView.class, list = true)
    @GET
    Response listCustomers(
            @QueryParam("limit") @Min(value = 0, message = Paging.WHOLE_NUMBER) Integer limit,
            @QueryParam("offset") @Min(value = 0, message = Paging.WHOLE_NUMBER) Integer offset);

    /** The account (its owner or an employee). */
    @GET
    @Path("{username}")
    CustomerView getCustomer(@PathParam("username") String username);

    /** Changes the members sent (its owner or an employee; the role only by an employee). */
    @PATCH
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    CustomerView updateCustomer(@PathParam("username") String username, @Valid @NotNull UpdateCustomerRequest request);

    /** Deletes the account (its owner or an employee); its wallet and ledger are kept. */
    @DELETE
    @Path("{username}")
    void deleteCustomer(@PathParam("username") String username);
}
