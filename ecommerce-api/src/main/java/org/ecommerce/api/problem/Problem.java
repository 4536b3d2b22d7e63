package org.ecommerce.api.problem;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error response of every service.
 *
 * <p>It is read and written with JSON-P rather than JSON-B so that the servlet error page, which runs outside
 * JAX-RS, produces exactly the same document as the exception mappers.
 *
 * @param type   a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title  a short summary of the kind of problem
 * @param status the HTTP status code
 * @param detail an explanation of this occurrence, safe to show to the client
 * @param errors field errors of a validation problem, empty otherwise
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    /** The media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    // Looked up once: each Json.create*() call would look the provider up again (see Jsonp in common).
    private static final JsonProvider JSON = JsonProvider.provider();

    /**
     * Copies the field errors, so that a problem never changes after it was made.
     *
     * @param type   a URI naming the kind of problem
     * @param title  a short summary of the kind of problem
     * @param status the HTTP status code
     * @param detail an explanation of this occurrence, safe to show to the client; {@code null} leaves it out
     * @param errors field errors; {@code null} is taken as none
     */
    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * A problem identified by its status alone ({@code about:blank}), titled with the standard reason phrase.
     *
     * @param status the HTTP status code
     * @param detail an explanation of this occurrence, safe to show to the client
     * @return the problem, without field errors
     */
    public static Problem of(int status, String detail) {
        return new Problem("about:blank", HttpStatusTitles.title(status), status, detail, List.of());
    }

    /**
     * The problem a document written by {@link #toJson()} describes.
     *
     * @param json a problem document
     * @return the problem, with its field errors
     */
    public static Problem fromJson(JsonObject json) {
        List<FieldError> errors = json.containsKey("errors")
                ? json.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> new FieldError(e.getString("field"), e.getString("message")))
                        .toList()
                : List.of();
        return new Problem(
                json.getString("type"),
                json.getString("title"),
                json.getInt("status"),
                json.getString("detail", null),
                errors);
    }

    /**
     * The JSON document; {@code errors} appears only when there are field errors.
     *
     * @return {@code type}, {@code title}, {@code status}, {@code detail} unless it is {@code null}, and
     *         {@code errors} as {@code [{"field", "message"}]} when there are any
     */
    public JsonObject toJson() {
        JsonObjectBuilder json =
                JSON.createObjectBuilder().add("type", type).add("title", title).add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            for (FieldError error : errors) {
                list.add(JSON.createObjectBuilder().add("field", error.field()).add("message", error.message()));
            }
            json.add("errors", list);
        }
        return json.build();
    }
}
