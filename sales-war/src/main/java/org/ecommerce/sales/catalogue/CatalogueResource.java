package org.ecommerce.sales.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.ecommerce.api.inventory.GoodView;
import org.ecommerce.api.sales.CatalogueApi;
import org.ecommerce.api.sales.CatalogueItem;
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.problem.Refusal;

/** {@link CatalogueApi}: read from the inventory service, never from its tables (the list through {@link CataloguePages}). */
@ApplicationScoped
public class CatalogueResource implements CatalogueApi {

    @Inject
    InventoryCatalogue inventory;

    @Inject
    CataloguePages pages;

    @Override
    public Response catalogue(Integer limit, Integer offset) {
        return pages.inStock(PageRequest.of(limit, offset)).toResponse(CatalogueItem.class);
    }

    @Override
    public GoodView catalogueGood(long id) {
        return inventory.good(id).orElseThrow(() -> Refusal.notFound("No such good."));
    }
}
