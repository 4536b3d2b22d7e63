package org.ecommerce.api.sales;

import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ecommerce.api.Answers;
import org.ecommerce.api.Headers;
import org.ecommerce.api.Paging;
import org.ecommerce.api.inventory.GoodView;

/**
 * The catalogue: {@code /v1/sales/goods}, read from the inventory service (anyone).
 * {@link org.ecommerce.api.problem.Unavailable} when inventory cannot be asked.
 */
@Path("goods")
@Produces(MediaType.APPLICATION_JSON)
public interface CatalogueApi {

    /**
     * The goods with a count above 0, by id.
     *
     * @return 200 with a JSON array of {@link CatalogueItem} and inventory's total in {@link Headers#TOTAL_COUNT}
     */
    @Answers(status = 200, type = CatalogueItem.class, list = true)
    @GET
    Response catalogue(
            @QueryParam("limit") @Min(value = 0, message = Paging.WHOLE_NUMBER) Integer limit,
            @QueryParam("offset") @Min(value = 0, message = Paging.WHOLE_NUMBER) Integer offset);

    /** A good as inventory shows it, a sold-out one too (with {@code count} 0). */
    @GET
    @Path("{id}")
    GoodView catalogueGood(@PathParam("id") long id);
}
