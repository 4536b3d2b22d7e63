package org.ecommerce.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** What a deployment under test shows in /metrics. */
public final class Metrics {

    private Metrics() {}

    /**
     * A metric's value, as a whole number. Payara prints an application metric once per application that
     * registered it; in a deployment under test only one application does, so every line must agree.
     *
     * @param name the name as /metrics prints it, for example {@code ecommerce_sales_pending}
     */
    public static long value(Api api, String name) {
        List<Long> values = api.get("/metrics")
                .token(ItSettings.get().get("ecommerce.operations.token"))
                .send()
                .body()
                .lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .map(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .distinct()
                .toList();
        assertEquals(1, values.size(), () -> name + " in /metrics: " + values);
        return values.get(0);
    }
}
