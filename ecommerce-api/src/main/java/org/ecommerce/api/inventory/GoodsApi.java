package org.ecommerce.api.inventory;

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
 * Goods: {@code /v1/inventory/goods}. Anyone reads live goods; employees add, change and delete them. Ids that name
 * no live good, deleted ones included, are {@link org.ecommerce.api.problem.NotFound}.
 */
@Path("goods")
@Produces(MediaType.APPLICATION_JSON)
public interface GoodsApi {

    /**
     * Adds a good (emp).
     *
     * @return 201 with the {@link GoodView} and its {@code Location}
     */
    @Answers(status = 201, type = GoodView.class)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response createGood(@Valid @NotNull CreateGoodRequest request);

    /**
     * Live goods by id (anyone).
     *
     * @param category only goods of this category ({@link Category}); an unknown one is a validation problem
     * @param inStock  {@code true}: only goods with a count above 0
     * @param limit    at most this many (default 50; more than 200 is taken as 200)
     * @param offset   skip this many (default 0)
     * @return 200 with a JSON array of {@link GoodView} and the total in {@link Headers#TOTAL_COUNT}
     */
    @Answers(status = 200, type = GoodView.class, list = true)
    @GET
    Response listGoods(
            @QueryParam("category") String category,
            @QueryParam("in_stock") Boolean inStock,
            @QueryParam("limit") @Min(value = 0, message = Paging.WHOLE_NUMBER) Integer limit,
            @QueryParam("offset") @Min(value = 0, message = Paging.WHOLE_NUMBER) Integer offset);

    /** One live good (anyone), with a {@code count} of 0 when it is sold out. */
    @GET
    @Path("{id}")
    GoodView getGood(@PathParam("id") long id);

    /** Changes the members sent (emp); a new count is recorded in the stock ledger as its difference. */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    GoodView updateGood(@PathParam("id") long id, @Valid @NotNull UpdateGoodRequest request);

    /** Deletes a good (emp): its row and stock history stay, and it is not found from then on. */
    @DELETE
    @Path("{id}")
    void deleteGood(@PathParam("id") long id);
}
