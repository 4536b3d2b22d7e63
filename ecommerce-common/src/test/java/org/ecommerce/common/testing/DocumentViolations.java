package org.ecommerce.common.testing;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.function.Supplier;
import org.ecommerce.common.json.Jsonp;

/**
 * Fails a test whose answer breaks the OpenAPI document. A validating proxy in front of the system under test
 * (Stoplight Prism, in the system tests) lists what it found in a {@code sl-violations} header; only the answer's
 * violations count, since tests send invalid requests on purpose.
 */
public final class DocumentViolations {

    /** The header the proxy lists its findings in. */
    public static final String HEADER = "sl-violations";

    private DocumentViolations() {}

    static void check(String request, ApiResponse answer) {
        check(request, answer.header(HEADER), () -> answer.status() + " " + answer.contentType() + " " + answer.body());
    }

    /**
     * @param request  what was sent, for the message
     * @param header   the answer's {@link #HEADER}, or null
     * @param answer   the answer, for the message
     * @throws AssertionError when the proxy found that the answer breaks the document
     */
    public static void check(String request, String header, Supplier<String> answer) {
        if (header == null) {
            return;
        }
        List<String> found = ((JsonArray) Jsonp.read(header))
                .stream()
                        .map(JsonValue::asJsonObject)
                        .filter(DocumentViolations::ofTheAnswer)
                        .map(violation ->
                                violation.getJsonArray("location") + ": " + violation.getString("message", ""))
                        .toList();
        if (!found.isEmpty()) {
            throw new AssertionError(
                    "The answer to " + request + " breaks docs/openapi.yaml: " + found + "\n" + answer.get());
        }
    }

    private static boolean ofTheAnswer(JsonObject violation) {
        JsonArray location = violation.getJsonArray("location");
        return location != null && !location.isEmpty() && "response".equals(location.getString(0, ""));
    }
}
