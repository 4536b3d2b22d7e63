package org.ecommerce.sales.remote;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.ecommerce.common.identity.ServiceIdentityFilter;

/** The wallet moves of the customers service, called under the service identity (never the buyer's token). */
@RegisterRestClient(configKey = "customers")
@RegisterProvider(ServiceIdentityFilter.class)
@Path("/v1/customers/{username}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface CustomersWalletApi {

    /**
     * {@code PUT /v1/customers/{username}/deduct}.
     *
     * @param username the buyer
     * @param key      the step's {@code Idempotency-Key}, derived from the sale
     * @param body     {@code {"amount": ...}}
     * @return the customers service's answer, whatever its status
     */
    @PUT
    @Path("deduct")
    Response deduct(@PathParam("username") String username, @HeaderParam("Idempotency-Key") String key, String body);

    /**
     * {@code PUT /v1/customers/{username}/refund}.
     *
     * @param username the buyer
     * @param key      the step's {@code Idempotency-Key}, derived from the sale
     * @param body     {@code {"amount": ...}}
     * @return the customers service's answer, whatever its status
     */
    @PUT
    @Path("refund")
    Response refund(@PathParam("username") String username, @HeaderParam("Idempotency-Key") String key, String body);
}
