package org.ecommerce.common.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.ecommerce.api.problem.FieldError;
import org.ecommerce.common.problem.Refusal;

/**
 * Reads request bodies into records, strictly: every member must be one of the record's components (in
 * snake_case), of the component's JSON type, and not {@code null}. A lenient binder would turn {@code "25"} or
 * {@code 25.5} into an age, and silently drop {@code role} or {@code wallet_balance}; this reader answers 400
 * with one field error per offending member instead. Strings may not contain U+0000, which PostgreSQL cannot
 * store in text. Bodies nested deeper than {@value #MAX_DEPTH} levels, and numbers of more than
 * {@value #MAX_NUMBER_LENGTH} characters or an exponent past any amount, are refused as a whole. Value rules (ranges, patterns) are left to Bean Validation on the record, so a member that is
 * absent arrives as {@code null} for {@code @NotNull} to judge.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class StrictJsonReader implements MessageBodyReader<Record> {

    /** How deep objects and arrays may nest; request bodies of this API use two levels at most. */
    static final int MAX_DEPTH = 32;

    /** The most characters a number may have; an amount has at most 10. */
    static final int MAX_NUMBER_LENGTH = 100;

    private static final int MAX_NUMBER_SCALE = 1000;

    private static final Map<Class<?>, Binding> BINDINGS = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(
            Class<Record> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entityStream)
            throws IOException {
        return read(type, parse(entityStream));
    }

    /**
     * Binds an already parsed object; public so that services can bind documents that do not come over HTTP.
     *
     * @param <T>  the record type
     * @param type the record to bind to; its components may only be {@code String}, {@code Integer}, {@code Long},
     *             {@code BigDecimal} or {@code Boolean}
     * @param json the object, whose member names are the components' names in snake_case
     * @return the record, with {@code null} for each absent member; Bean Validation has not run yet
     * @throws Refusal invalid with one field error per unknown member, member of the wrong JSON type,
     *                 {@code null} member or string containing U+0000; also whatever the record's constructor
     *                 throws as an {@code Refusal}
     */
    public static <T extends Record> T read(Class<T> type, JsonObject json) {
        Binding binding = BINDINGS.computeIfAbsent(type, Binding::new);
        Object[] values = new Object[binding.components.length];
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, JsonValue> member : json.entrySet()) {
            Integer index = binding.indexByName.get(member.getKey());
            if (index == null) {
                errors.add(new FieldError(member.getKey(), "is not a member of this request"));
                continue;
            }
            RecordComponent component = binding.components[index];
            try {
                values[index] = convert(member.getValue(), component.getType());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(member.getKey(), e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        try {
            return type.cast(binding.constructor.newInstance(values));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Cannot create " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e);
        }
    }

    private static JsonObject parse(InputStream entityStream) {
        JsonValue value;
        try (JsonParser parser = Jsonp.parser(entityStream)) {
            if (!parser.hasNext()) {
                throw notJson();
            }
            value = value(parser, parser.next(), 1);
            // A reader stops after the first value; anything behind it makes the body malformed.
            if (parser.hasNext()) {
                throw notJson();
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            // Parser messages quote the input and name the parser; the client only learns that it is malformed.
            throw notJson();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw Refusal.invalid("The request body must be a JSON object.");
        }
        return value.asJsonObject();
    }

    /**
     * The value that starts with {@code event}, built from the parser's events rather than by the parser, so
     * that no request can make it recurse deeper than {@value #MAX_DEPTH} or hold a number that costs more to
     * read than to send.
     */
    private static JsonValue value(JsonParser parser, JsonParser.Event event, int depth) {
        switch (event) {
            case START_OBJECT -> {
                requireDepth(depth);
                JsonObjectBuilder object = Jsonp.objectBuilder();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String name = parser.getString();
                    object.add(name, value(parser, parser.next(), depth + 1));
                }
                return object.build();
            }
            case START_ARRAY -> {
                requireDepth(depth);
                JsonArrayBuilder array = Jsonp.arrayBuilder();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    array.add(value(parser, next, depth + 1));
                }
                return array.build();
            }
            case VALUE_STRING -> {
                return Jsonp.string(parser.getString());
            }
            case VALUE_NUMBER -> {
                return number(parser.getString());
            }
            case VALUE_TRUE -> {
                return JsonValue.TRUE;
            }
            case VALUE_FALSE -> {
                return JsonValue.FALSE;
            }
            case VALUE_NULL -> {
                return JsonValue.NULL;
            }
            default -> throw notJson();
        }
    }

    private static void requireDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw Refusal.invalid("The request body is nested more than " + MAX_DEPTH + " levels deep.");
        }
    }

    // 1e9999999999 is valid JSON but no BigDecimal, and 1e999999999 is one that setScale would take minutes and
    // gigabytes to expand: both are refused here, as are numbers of more digits than any amount has.
    private static JsonNumber number(String text) {
        BigDecimal number;
        try {
            number = text.length() > MAX_NUMBER_LENGTH ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            number = null;
        }
        if (number == null || Math.abs((long) number.scale()) > MAX_NUMBER_SCALE) {
            throw Refusal.invalid("The request body holds a number too long or too large to read.");
        }
        return Jsonp.number(number);
    }

    private static Refusal notJson() {
        return Refusal.invalid("The request body is not valid JSON.");
    }

    private static Object convert(JsonValue value, Class<?> target) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            throw new IllegalArgumentException("must not be null");
        }
        if (target == String.class) {
            if (value instanceof JsonString string) {
                // Valid JSON, but PostgreSQL cannot store it in any text column: refused here, not as a 500 there.
                if (string.getString().indexOf('\u0000') >= 0) {
                    throw new IllegalArgumentException("must not contain the character U+0000");
                }
                return string.getString();
            }
            throw new IllegalArgumentException("must be a string");
        }
        if (target == Integer.class || target == Long.class) {
            if (value instanceof JsonNumber number && number.isIntegral()) {
                try {
                    // Not a conditional expression: it would widen the int to a long.
                    if (target == Integer.class) {
                        return Integer.valueOf(number.intValueExact());
                    }
                    return Long.valueOf(number.longValueExact());
                } catch (ArithmeticException e) {
                    throw new IllegalArgumentException("is out of range");
                }
            }
            throw new IllegalArgumentException("must be an integer");
        }
        if (target == BigDecimal.class) {
            if (value instanceof JsonNumber number) {
                return number.bigDecimalValue();
            }
            throw new IllegalArgumentException("must be a number");
        }
        if (target == Boolean.class) {
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw new IllegalArgumentException("must be true or false");
        }
        throw new IllegalStateException("Request records may only have String, Integer, Long, BigDecimal or "
                + "Boolean components, not " + target.getName());
    }

    /** What reflection tells about one record type, computed once. */
    private static final class Binding {
        final RecordComponent[] components;
        final Map<String, Integer> indexByName = new HashMap<>();
        final Constructor<?> constructor;

        Binding(Class<?> type) {
            components = type.getRecordComponents();
            Class<?>[] parameterTypes = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                if (components[i].getType().isPrimitive()) {
                    // A primitive cannot say "absent", which would turn a missing member into 0 or false.
                    throw new IllegalStateException(type.getName() + " has a primitive component");
                }
                parameterTypes[i] = components[i].getType();
                indexByName.put(JsonNames.snakeCase(components[i].getName()), i);
            }
            try {
                constructor = type.getDeclaredConstructor(parameterTypes);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
