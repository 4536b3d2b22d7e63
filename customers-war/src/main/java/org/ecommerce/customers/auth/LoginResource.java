package org.ecommerce.customers.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Login: {@code /v1/auth}. */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Tokens for customers, employees and services")
public class LoginResource {

    @Inject
    LoginService service;

    @POST
    @Path("login")
    @PermitAll
    @Operation(summary = "Log in",
            description = "Returns an RS256 bearer token. After 10 failed logins for a username within 5 minutes, "
                    + "logins for it are refused with 429 and Retry-After until the window passes.")
    @APIResponse(responseCode = "200", description = "The token")
    @APIResponse(responseCode = "401", description = "Unknown username or wrong password (indistinguishable)")
    @APIResponse(responseCode = "429", description = "Throttled; Retry-After says for how long")
    public TokenView login(@Valid @NotNull LoginRequest request) {
        return service.login(request);
    }

    @POST
    @Path("service-token")
    @PermitAll
    @Operation(summary = "Service identity (internal)",
            description = "Client-credentials login for the services of this system: a token of group service.")
    @APIResponse(responseCode = "200", description = "The token")
    @APIResponse(responseCode = "401", description = "Wrong secret, or none configured")
    public TokenView serviceToken(@Valid @NotNull ServiceTokenRequest request) {
        return service.serviceLogin(request);
    }
}
