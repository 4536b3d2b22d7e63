package org.ecommerce.common;

import java.util.ArrayList;
import java.util.List;
import org.ecommerce.api.ApiJson;
import org.ecommerce.common.idempotency.ReplayedHeader;
import org.ecommerce.common.json.StrictJsonReader;
import org.ecommerce.common.problem.ProblemMappers;
import org.ecommerce.common.web.StrictQueryParams;

/**
 * The JAX-RS providers every service registers. Each service's {@code Application} lists them explicitly,
 * because providers in a library are not scanned when the library sits in an EAR's {@code lib/}.
 */
public final class ApiProviders {

    private ApiProviders() {}

    /**
     * The application properties every service sets.
     *
     * @return the properties for {@code Application#getProperties()}, unmodifiable
     */
    public static java.util.Map<String, Object> properties() {
        // Error responses always carry a problem body: never let the container swap it for its own page.
        return java.util.Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }

    /**
     * The provider classes, plus the given resource classes of the calling service.
     *
     * @param resources the service's own resource (and provider) classes
     * @return the classes for {@code Application#getClasses()}, unmodifiable
     */
    public static java.util.Set<Class<?>> with(Class<?>... resources) {
        List<Class<?>> classes = new ArrayList<>(ProblemMappers.classes());
        classes.add(ApiJson.class);
        classes.add(StrictQueryParams.class);
        classes.add(ReplayedHeader.class);
        classes.add(StrictJsonReader.class);
        classes.addAll(List.of(resources));
        return java.util.Set.copyOf(classes);
    }
}
