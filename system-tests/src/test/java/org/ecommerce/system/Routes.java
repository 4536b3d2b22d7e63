package org.ecommerce.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which server answers a path: the one whose context root is the longest prefix of it, as the web container
 * decides among the WARs of one server. With one server every path goes to it; with four, {@code /v1/inventory},
 * {@code /v1/sales} and {@code /v1/reviews} go to their services and the rest of {@code /v1} (and {@code /}) to
 * customers. A context root served by several instances sends its calls to each in turn, as a load balancer
 * would.
 */
final class Routes {

    private record Route(String prefix, List<URI> targets, AtomicInteger calls) {

        Route(String prefix, URI target) {
            this(prefix, new CopyOnWriteArrayList<>(List.of(target)), new AtomicInteger());
        }

        boolean matches(String path) {
            return prefix.equals("/") || path.equals(prefix) || path.startsWith(prefix + "/");
        }

        URI next() {
            return targets.get(Math.floorMod(calls.getAndIncrement(), targets.size()));
        }
    }

    private final List<Route> longestFirst = new ArrayList<>();

    /** Routes from context root to server, in any order. */
    Routes(Map<String, URI> byContextRoot) {
        byContextRoot.forEach((prefix, target) -> longestFirst.add(new Route(prefix, target)));
        longestFirst.sort(
                Comparator.comparingInt((Route r) -> r.prefix().length()).reversed());
    }

    /** Everything to one server. */
    static Routes to(URI server) {
        return new Routes(Map.of("/", server));
    }

    /** Another instance of the server of {@code contextRoot}, which from now on takes its turn. */
    void addInstance(String contextRoot, URI target) {
        longestFirst.stream()
                .filter(route -> route.prefix().equals(contextRoot))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No route " + contextRoot))
                .targets()
                .add(target);
    }

    /** The server for this path (the next instance in turn, where there are several). */
    URI target(String path) {
        for (Route route : longestFirst) {
            if (route.matches(path)) {
                return route.next();
            }
        }
        throw new IllegalArgumentException("No server for " + path);
    }
}
