package org.ecommerce.common.openapi;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.ecommerce.api.Service;

/**
 * Cuts the whole system's OpenAPI document (docs/openapi.yaml, which every WAR carries as its
 * {@code META-INF/openapi.yaml}) down to the paths of the one service a WAR runs, named by its
 * {@code ecommerce.openapi.service}. Payara merges the documents of the applications on a server, so each server
 * documents what it runs. Inside the EAR the four WARs are one application whose modules replace each other's
 * document; there no WAR's own settings are read, nothing is cut, and each module's document is the whole one.
 */
public class ServicePathsFilter implements OASFilter {

    private final Optional<Service> service;

    public ServicePathsFilter() {
        // Payara builds the document on the thread of a request to /openapi, which belongs to the root module: the
        // settings that count are those of the WAR that loaded this class.
        this(ConfigProvider.getConfig(ServicePathsFilter.class.getClassLoader())
                .getOptionalValue("ecommerce.openapi.service", String.class)
                .map(name -> Service.valueOf(name.toUpperCase(Locale.ROOT))));
    }

    private ServicePathsFilter(Optional<Service> service) {
        this.service = service;
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (service.isEmpty() || document.getPaths() == null) {
            return;
        }
        for (String path : Set.copyOf(document.getPaths().getPathItems().keySet())) {
            if (Service.owning(path) != service.get()) {
                document.getPaths().removePathItem(path);
            }
        }
        Set<String> used = document.getPaths().getPathItems().values().stream()
                .map(PathItem::getOperations)
                .flatMap(operations -> operations.values().stream())
                .map(Operation::getTags)
                .filter(Objects::nonNull)
                .flatMap(List::stream)
                .collect(Collectors.toSet());
        if (document.getTags() != null) {
            document.setTags(document.getTags().stream()
                    .filter(tag -> used.contains(tag.getName()))
                    .toList());
        }
    }
}
