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

/** The stock moves of the inventory service, called under the service identity. */
@RegisterRestClient(configKey = "inventory")
@RegisterProvider(ServiceIdentityFilter.class)
@Path("/v1/inventory/goods/{id}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface InventoryStockApi {

    /**
     * {@code PUT /v1/inventory/goods/{id}/deduct}.
     *
     * @param goodId the good
     * @param key    the step's {@code Idempotency-Key}, derived from the sale
     * @param body   {@code {"count": ...}}
     * @return the inventory service's answer, whatever its status
     */
    @PUT
    @Path("deduct")
    Response deduct(@PathParam("id") long goodId, @HeaderParam("Idempotency-Key") String key, String body);

    /**
     * {@code PUT /v1/inventory/goods/{id}/restock}.
     *
     * @param goodId the good
     * @param key    the step's {@code Idempotency-Key}, derived from the sale
     * @param body   {@code {"count": ...}}
     * @return the inventory service's answer, whatever its status
     */
    @PUT
    @Path("restock")
    Response restock(@PathParam("id") long goodId, @HeaderParam("Idempotency-Key") String key, String body);
}
