package org.ecommerce.customers.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
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
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LoginResource {

    @Inject
    LoginService service;

    /**
     * {@code POST /v1/auth/login}: a bearer token for a username and password.
     *
     * @param request the credentials; the username in any letter case
     * @return 200 with the token and its lifetime in seconds; 401 for an unknown username or a wrong password
     *         alike, 429 with {@code Retry-After} after too many failures for the username
     */
    @POST
    @Path("login")
    @PermitAll
    public TokenView login(@Valid @NotNull LoginRequest request) {
        return service.login(request);
    }

    /**
     * {@code POST /v1/auth/service-token}: a token of group {@code service} for another service of this system
     * that knows the shared service secret. Not part of the public contract.
     *
     * @param request the service's name and the shared secret
     * @return 200 with the token; 401 when the secret is wrong or none is configured
     */
    @POST
    @Path("service-token")
    @PermitAll
    public TokenView serviceToken(@Valid @NotNull ServiceTokenRequest request) {
        return service.serviceLogin(request);
    }
}
