package org.ecommerce.common.validation;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Lets Bean Validation reach every property, as each WAR's {@code META-INF/validation.xml} configures. Where JPA
 * is present, Hibernate Validator's default asks the persistence provider whether each property is loaded, and
 * EclipseLink answers that under a lock shared by every request: validating request records queued on it
 * (seen with JFR under purchase load). Validated objects here are request records, never lazy entities.
 */
public class AllReachable implements TraversableResolver {

    @Override
    public boolean isReachable(
            Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty, ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(
            Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty, ElementType elementType) {
        return true;
    }
}
