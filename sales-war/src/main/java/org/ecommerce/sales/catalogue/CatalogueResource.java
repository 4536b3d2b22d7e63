package org.ecommerce.sales.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.paging.PathIds;
import org.ecommerce.common.problem.ApiException;

/**
 * The catalogue: {@code /v1/sales/goods}, the goods in stock, and {@code /v1/sales/goods/{id}}, a good's details
 * (sold-out goods too, with count 0). Read from the inventory service, never from its tables.
 */
@Path("goods")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    @Inject
    InventoryCatalogue inventory;

    /**
     * {@code GET /v1/sales/goods} (anyone): the goods with a count above 0, by id, as inventory lists them.
     *
     * @param limit  the raw {@code ?limit=}: default 50, more than 200 taken as 200
     * @param offset the raw {@code ?offset=}: default 0
     * @return 200 with {@code [{id, name, price}]} and inventory's total in {@code X-Total-Count}; 503 when
     *         inventory cannot be asked
     */
    @GET
    @PermitAll
    public Response inStock(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return inventory.inStock(PageRequest.of(limit, offset)).toResponse(CatalogueItem.class);
    }

    /**
     * {@code GET /v1/sales/goods/{id}} (anyone): a good's details as inventory shows them, a sold-out good too
     * (with {@code count} 0).
     *
     * @param id the raw path segment
     * @return the good; 404 for an unknown, deleted or malformed id, 503 when inventory cannot be asked
     */
    @GET
    @Path("{id}")
    @PermitAll
    public JsonObject good(@PathParam("id") String id) {
        return inventory
                .good(PathIds.parse(id, "No such good."))
                .orElseThrow(() -> ApiException.notFound("No such good."));
    }
}
