package org.ecommerce.common.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Map;

/**
 * JSON-P through one provider, looked up once. Each {@code jakarta.json.Json.create*()} call looks the provider
 * up again, and unless the {@code jakarta.json.provider} system property names it, that lookup is a
 * {@code ServiceLoader} scan of every jar of the application: on the request path it made request threads queue
 * on the class path's jar files (jakartaee/jsonp-api#154). Provider and factories are thread-safe.
 */
public final class Jsonp {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());
    private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());

    private Jsonp() {}

    /** @return a new object builder of the shared provider */
    public static JsonObjectBuilder objectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    /** @return a new object builder of the shared provider, holding the members of {@code object} */
    public static JsonObjectBuilder objectBuilder(JsonObject object) {
        return PROVIDER.createObjectBuilder(object);
    }

    /** @return a new array builder of the shared provider */
    public static JsonArrayBuilder arrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    /**
     * @param json a JSON text
     * @return its object or array
     * @throws jakarta.json.JsonException when the text is not one JSON object or array
     */
    public static JsonStructure read(String json) {
        try (var reader = READERS.createReader(new StringReader(json))) {
            return reader.read();
        }
    }

    /**
     * @param json a JSON text
     * @return its object
     * @throws jakarta.json.JsonException when the text is not one JSON object
     */
    public static JsonObject readObject(String json) {
        try (var reader = READERS.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /**
     * @param value a string
     * @return it as a JSON string
     */
    public static JsonString string(String value) {
        return PROVIDER.createValue(value);
    }

    /**
     * @param value a number
     * @return it as a JSON number
     */
    public static JsonNumber number(BigDecimal value) {
        return PROVIDER.createValue(value);
    }

    /**
     * @param in a JSON text, in UTF-8 or with its encoding detected
     * @return a parser over it, to be closed by the caller
     */
    public static JsonParser parser(InputStream in) {
        return PARSERS.createParser(in);
    }
}
