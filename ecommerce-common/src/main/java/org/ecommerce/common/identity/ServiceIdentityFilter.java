package org.ecommerce.common.identity;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.ecommerce.common.web.RequestId;

/**
 * The Rest Client filter of calls between services: it sends the service identity's bearer token (never the
 * end user's) and the current request id. When the called service refuses the token with 401 (its keys
 * changed, say), the token is dropped, so that the call's retry logs in afresh instead of failing until the
 * token would have expired. Register it on a Rest Client interface with
 * {@code @RegisterProvider(ServiceIdentityFilter.class)}.
 */
public class ServiceIdentityFilter implements ClientRequestFilter, ClientResponseFilter {

    private static final String BEARER = "Bearer ";

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
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, BEARER + source().token());
        RequestId.ifPresent().ifPresent(id -> request.getHeaders().putSingle(RequestId.HEADER, id));
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        String sent = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (response.getStatus() == 401 && sent != null && sent.startsWith(BEARER)) {
            source().invalidate(sent.substring(BEARER.length()));
        }
    }

    private ServiceTokenSource source() {
        return SOURCES.computeIfAbsent(
                credentials.get(), c -> new ServiceTokenSource(new ServiceLogin(c), Clock.systemUTC()));
    }
}
