package org.ecommerce.reviews;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;
import org.ecommerce.common.ApiProviders;
import org.ecommerce.common.security.Roles;
import org.ecommerce.reviews.review.ReviewResource;

/**
 * The reviews service: ratings and comments on goods, and their moderation. Deployed at context root {@code /v1/reviews}.
 */
@ApplicationPath("/")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.CUSTOMER, Roles.EMP, Roles.SERVICE})
public class ReviewsApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return ApiProviders.with(ReviewResource.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return ApiProviders.properties();
    }
}
