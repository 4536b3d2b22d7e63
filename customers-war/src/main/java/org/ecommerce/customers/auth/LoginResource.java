package org.ecommerce.customers.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ecommerce.api.customers.AuthApi;
import org.ecommerce.api.customers.LoginRequest;
import org.ecommerce.api.customers.ServiceTokenRequest;
import org.ecommerce.api.customers.TokenView;

/** {@link AuthApi}: open to anyone, since a caller logs in to get its first token. */
@ApplicationScoped
public class LoginResource implements AuthApi {

    @Inject
    LoginService service;

    @Override
    public TokenView login(LoginRequest request) {
        return service.login(request);
    }

    @Override
    public TokenView serviceToken(ServiceTokenRequest request) {
        return service.serviceLogin(request);
    }
}
