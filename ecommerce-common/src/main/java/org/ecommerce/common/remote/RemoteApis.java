package org.ecommerce.common.remote;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.ecommerce.api.Service;

/**
 * The Rest Clients through which one service calls another, built from the API's interfaces with their JSON
 * conventions and problem exceptions ({@link Service#client}). Where the other service is, and how long a call
 * may take, come from MicroProfile Config under the names operators already set:
 *
 * <ul>
 *   <li>{@code <service>/mp-rest/url}, for example {@code inventory/mp-rest/url} ({@code INVENTORY_MP_REST_URL}):
 *       the server, without a path;
 *   <li>{@code <client>/mp-rest/connectTimeout} and {@code readTimeout}, in milliseconds, falling back to
 *       {@code <service>/mp-rest/...}: a client of its own name has timeouts of its own, which matters in an EAR,
 *       where every module reads the one domain's settings.
 * </ul>
 */
public final class RemoteApis {

    private RemoteApis() {}

    /**
     * A client of one interface of another service.
     *
     * @param api       the interface, for example {@code StockApi.class}
     * @param service   the service that implements it
     * @param client    the name this client's timeouts are looked up under first (the service's name to share
     *                  the service's timeouts)
     * @param providers client filters to register, for example the service identity
     * @return the client; close it with {@link #close} when the bean holding it goes
     * @throws java.util.NoSuchElementException when {@code <service>/mp-rest/url} is not set
     */
    public static <T> T client(Class<T> api, Service service, String client, Object... providers) {
        Config config = ConfigProvider.getConfig();
        String name = service.name().toLowerCase(Locale.ROOT);
        URI server = URI.create(config.getValue(name + "/mp-rest/url", String.class));
        var builder = service.client(server)
                .connectTimeout(timeout(config, client, name, "connectTimeout"), TimeUnit.MILLISECONDS)
                .readTimeout(timeout(config, client, name, "readTimeout"), TimeUnit.MILLISECONDS);
        for (Object provider : providers) {
            builder.register(provider);
        }
        return builder.build(api);
    }

    /**
     * Releases a client's connections.
     *
     * @param client a client made by {@link #client}
     */
    public static void close(Object client) {
        if (client instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                // Nothing is left to release.
            }
        }
    }

    private static long timeout(Config config, String client, String service, String which) {
        return config.getOptionalValue(client + "/mp-rest/" + which, Long.class)
                .or(() -> config.getOptionalValue(service + "/mp-rest/" + which, Long.class))
                .orElse(which.equals("connectTimeout") ? 1000L : 2500L);
    }
}
