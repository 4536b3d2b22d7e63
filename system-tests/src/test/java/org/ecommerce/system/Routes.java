package org.ecommerce.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which server answers a path: the one whose context root is the longest prefix of it, as the web container
 * decides among the WARs of one server. With one server every path goes to it; with four, {@code /v1/inventory},
 * {@code /v1/sales} and {@code /v1/reviews} go to their services and the rest of {@code /v1} (and {@code /}) to
 * customers.
 */
final class Routes {

    private record Route(String prefix, URI target) {

        boolean matches(String path) {
            return prefix.equals("/") || path.equals(prefix) || path.startsWith(prefix + "/");
        }
    }

    private final List<Route> longestFirst = new ArrayList<>();

    /** Routes from context root to server, in any order. */
    Routes(Map<String, URI> byContextRoot) {
        byContextRoot.forEach((prefix, target) -> longestFirst.add(new Route(prefix, target)));
        longestFirst.sort(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed());
    }

    /** Everything to one server. */
    static Routes to(URI server) {
        return new Routes(Map.of("/", server));
    }

    /** The server for this path. */
    URI target(String path) {
        for (Route route : longestFirst) {
            if (route.matches(path)) {
                return route.target();
            }
        }
        throw new IllegalArgumentException("No server for " + path);
    }
}
