package org.ecommerce.common.identity;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.ecommerce.common.web.RequestId;

/**
 * The Rest Client filter of calls between services: it sends the service identity's bearer token (never the
 * end user's) and the current request id. Register it on a Rest Client interface with
 * {@code @RegisterProvider(ServiceIdentityFilter.class)}.
 */
public class ServiceIdentityFilter implements ClientRequestFilter {

    // One cached token per set of credentials, shared by every client instance of the application.
    private static final Map<ServiceCredentials, ServiceTokenSource> SOURCES = new ConcurrentHashMap<>();

    private final Supplier<ServiceCredentials> credentials;

    /** The filter as Rest Client instantiates it: credentials from MicroProfile Config, read on each call. */
    public ServiceIdentityFilter() {
        this(() -> ServiceCredentials.from(ConfigProvider.getConfig()));
    }

    ServiceIdentityFilter(Supplier<ServiceCredentials> credentials) {
        this.credentials = credentials;
    }

    @Override
    public void filter(ClientRequestContext request) {
        ServiceCredentials credentials = this.credentials.get();
        ServiceTokenSource source = SOURCES.computeIfAbsent(
                credentials, c -> new ServiceTokenSource(new ServiceLogin(c), Clock.systemUTC()));
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + source.token());
        RequestId.ifPresent().ifPresent(id -> request.getHeaders().putSingle(RequestId.HEADER, id));
    }
}
