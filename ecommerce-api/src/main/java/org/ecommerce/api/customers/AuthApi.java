package org.ecommerce.api.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Tokens: {@code /v1/auth}. Send the token as {@code Authorization: Bearer <access_token>}. */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AuthApi {

    /** Logs in (anyone); repeated failures for one username are throttled (429 with {@code Retry-After}). */
    @POST
    @Path("login")
    TokenView login(@Valid @NotNull LoginRequest request);

    /** The service identity, for the services of this system, which know the shared service secret. */
    @POST
    @Path("service-token")
    TokenView serviceToken(@Valid @NotNull ServiceTokenRequest request);
}
