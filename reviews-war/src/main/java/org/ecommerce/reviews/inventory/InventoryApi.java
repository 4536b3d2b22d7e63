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

    @GET
    @Path("{id}")
    Response good(@PathParam("id") long id);

    /** The cheapest call that proves the inventory service answers. */
    @GET
    Response firstGood(@QueryParam("limit") int limit);
}
