package org.ecommerce.reviews.inventory;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.ecommerce.common.identity.RequestIdForwarding;

/**
 * The inventory service's HTTP API, as far as reviews use it. Its base URL is {@code inventory/mp-rest/url}
 * ({@code INVENTORY_MP_REST_URL}). Answers come back as responses, statuses included: {@link InventoryClient}
 * decides what each means.
 */
@RegisterRestClient(configKey = "inventory")
@RegisterProvider(RequestIdForwarding.class)
@Path("/v1/inventory/goods")
@Produces(MediaType.APPLICATION_JSON)
public interface InventoryApi {

    /**
     * {@code GET /v1/inventory/goods/{id}}, without credentials.
     *
     * @param id the good's id
     * @return inventory's answer: 200 with the good, or 404 for an unknown or deleted good
     */
    @GET
    @Path("{id}")
    Response good(@PathParam("id") long id);

    /**
     * The cheapest call that proves the inventory service answers.
     *
     * @param limit how many goods to list; 0 lists none but still reaches the database
     * @return inventory's answer: 200 when it is up
     */
    @GET
    Response firstGood(@QueryParam("limit") int limit);
}
