package org.ecommerce.sales.catalogue;

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
 * The inventory service's read API, as the catalogue uses it. Base URL: {@code inventory/mp-rest/url}
 * ({@code INVENTORY_MP_REST_URL}). Answers come back as responses, statuses included: {@link InventoryCatalogue}
 * decides what each means.
 */
@RegisterRestClient(configKey = "inventory")
@RegisterProvider(RequestIdForwarding.class)
@Path("/v1/inventory/goods")
@Produces(MediaType.APPLICATION_JSON)
public interface InventoryApi {

    /**
     * {@code GET /v1/inventory/goods}, without credentials.
     *
     * @param inStock whether to list only goods with a count above 0
     * @param limit   how many goods at most (inventory caps it at 200)
     * @param offset  how many goods to skip
     * @return inventory's answer: 200 with a JSON array of goods and {@code X-Total-Count}
     */
    @GET
    Response goodsInStock(
            @QueryParam("in_stock") boolean inStock, @QueryParam("limit") int limit, @QueryParam("offset") int offset);

    /**
     * {@code GET /v1/inventory/goods/{id}}, without credentials.
     *
     * @param id the good's id
     * @return inventory's answer: 200 with the good, or 404
     */
    @GET
    @Path("{id}")
    Response good(@PathParam("id") long id);
}
