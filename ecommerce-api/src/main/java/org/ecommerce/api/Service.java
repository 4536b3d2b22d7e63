package org.ecommerce.api;

import java.net.URI;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.ecommerce.api.problem.ProblemExceptionMapper;

/**
 * The four services and the path each one's API sits under, the same in every layout: one server holds all four,
 * or each has its own host and port.
 *
 * <pre>{@code
 * GoodsApi goods = Service.INVENTORY.client(URI.create("http://localhost:8080")).build(GoodsApi.class);
 * GoodView kettle = goods.getGood(7);   // NotFound when there is no good 7
 * }</pre>
 */
public enum Service {
    /** Accounts, login and wallets: {@code /v1/customers}, {@code /v1/auth}. */
    CUSTOMERS("/v1"),
    /** Goods and their stock: {@code /v1/inventory/goods}. */
    INVENTORY("/v1/inventory"),
    /** The catalogue and purchases: {@code /v1/sales/goods}, {@code /v1/sales/purchases}. */
    SALES("/v1/sales"),
    /** Reviews of goods: {@code /v1/reviews}. */
    REVIEWS("/v1/reviews");

    private final String root;

    Service(String root) {
        this.root = root;
    }

    /** The path the service's interfaces are relative to, for example {@code /v1/inventory}. */
    public String root() {
        return root;
    }

    /**
     * The service whose API holds a full path: the one with the longest root the path lies under, so that
     * {@code /v1/inventory/goods} is inventory's although customers' root {@code /v1} is a prefix of it too.
     *
     * @throws IllegalArgumentException if the path lies under no service's root
     */
    public static Service owning(String path) {
        Service owner = null;
        for (Service service : values()) {
            if (path.startsWith(service.root + "/") && (owner == null || service.root.length() > owner.root.length())) {
                owner = service;
            }
        }
        if (owner == null) {
            throw new IllegalArgumentException("No service's API holds " + path);
        }
        return owner;
    }

    /**
     * A Rest Client builder for this service's interfaces on a server, with the API's JSON conventions, its
     * problem documents turned into {@link org.ecommerce.api.problem.ProblemException}s, and a {@code null}
     * {@code Idempotency-Key} left out ({@link OptionalHeaders}).
     *
     * @param server the server's base URI without a path, for example {@code http://localhost:8080}
     * @return a builder whose base URI is the service's root on that server; add timeouts and filters, then
     *         {@code build} an interface of this service
     */
    public RestClientBuilder client(URI server) {
        String base = server.toString().replaceAll("/+$", "");
        return RestClientBuilder.newBuilder()
                .baseUri(URI.create(base + root))
                .register(ApiJson.class)
                .register(OptionalHeaders.class)
                .register(ProblemExceptionMapper.class);
    }
}
