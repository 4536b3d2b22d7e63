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

/** Login: {@code /v1/auth}. */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LoginResource {

    @Inject
    LoginService service;

    @POST
    @Path("login")
    @PermitAll
    public TokenView login(@Valid @NotNull LoginRequest request) {
        return service.login(request);
    }

    @POST
    @Path("service-token")
    @PermitAll
    public TokenView serviceToken(@Valid @NotNull ServiceTokenRequest request) {
        return service.serviceLogin(request);
    }
}
