package org.ecommerce.sales.catalogue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The cheapest question to the customers service, for readiness: its login endpoint answers a GET with 405,
 * which proves that the service itself is deployed and answering, without credentials.
 */
@RegisterRestClient(configKey = "customers")
@Path("/v1/auth/login")
public interface CustomersHealthApi {

    /**
     * Asks {@code GET /v1/auth/login}.
     *
     * @return the customers service's answer: 405 when it is up
     */
    @GET
    Response ready();
}
