package org.ecommerce.sales.catalogue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ecommerce.api.sales.CatalogueItem;
import org.ecommerce.common.paging.Page;
import org.ecommerce.common.paging.PageRequest;

/**
 * Pages of the catalogue, each kept for a moment after inventory answered it. Under load most catalogue requests
 * ask for the same first pages; each of them was a call to inventory and a query there, and the list then cost
 * four times a read of one customer. A page may show a good up to {@code ecommerce.sales.catalogue.cache-millis}
 * (default 1000; 0 asks inventory every time) after it sold out or before it appears: the list is a shop window,
 * and a purchase always takes stock from inventory itself. A good's details are never kept.
 *
 * <p>Concurrent requests for a page that is not kept wait for one call to inventory. An answer that failed is not
 * kept: the next request asks again (with {@link InventoryCatalogue}'s retries and circuit breaker).
 */
@ApplicationScoped
public class CataloguePages {

    /** Pages are keyed by limit and offset: this bounds what a client walking through offsets can make us keep. */
    private static final int MAX_PAGES = 1_000;

    @Inject
    InventoryCatalogue inventory;

    @Inject
    @ConfigProperty(name = "ecommerce.sales.catalogue.cache-millis", defaultValue = "1000")
    long cacheMillis;

    private Cache<PageRequest, Page<CatalogueItem>> pages;

    @PostConstruct
    void init() {
        if (cacheMillis < 0) {
            throw new IllegalArgumentException(
                    "ecommerce.sales.catalogue.cache-millis must be 0 or more, not " + cacheMillis);
        }
        pages = cacheMillis == 0
                ? null
                : Caffeine.newBuilder()
                        .expireAfterWrite(Duration.ofMillis(cacheMillis))
                        .maximumSize(MAX_PAGES)
                        .build();
    }

    /**
     * The goods in stock, as inventory answered them at most the configured time ago.
     *
     * @throws org.ecommerce.common.problem.Refusal unavailable when inventory cannot be asked
     */
    public Page<CatalogueItem> inStock(PageRequest page) {
        return pages == null ? inventory.inStock(page) : pages.get(page, inventory::inStock);
    }
}
