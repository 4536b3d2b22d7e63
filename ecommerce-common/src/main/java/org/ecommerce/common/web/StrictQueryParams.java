package org.ecommerce.common.web;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Query parameters of the API's interfaces as strict as their documented values: JAX-RS reads {@code Boolean}
 * with {@code Boolean.valueOf}, so {@code ?in_stock=yes} would silently mean {@code false}. A value that does not
 * parse fails with {@link InvalidValue}, which the problem mappers answer as a 400 naming the parameter.
 */
@Provider
public class StrictQueryParams implements ParamConverterProvider {

    private static final ParamConverter<Integer> WHOLE_NUMBER = new Converter<>() {
        @Override
        public Integer fromString(String value) {
            absentIfNull(value);
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw new InvalidValue("must be a whole number");
            }
        }
    };

    private static final ParamConverter<Boolean> TRUE_OR_FALSE = new Converter<>() {
        @Override
        public Boolean fromString(String value) {
            absentIfNull(value);
            return switch (value) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new InvalidValue("must be true or false");
            };
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == Integer.class) {
            return (ParamConverter<T>) WHOLE_NUMBER;
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) TRUE_OR_FALSE;
        }
        return null;
    }

    /**
     * A query parameter's value that does not parse; the message says what it must be. Not an
     * {@code IllegalArgumentException}: JAX-RS would take that as "use the default value".
     */
    public static final class InvalidValue extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidValue(String message) {
            super(message, null, false, false);
        }
    }

    private abstract static class Converter<T> implements ParamConverter<T> {

        // JAX-RS asks for the value of an absent parameter too; this exception is how a converter answers
        // "absent" (the parameter is then null), as the ParamConverter contract has it.
        static void absentIfNull(String value) {
            if (value == null) {
                throw new IllegalArgumentException("absent");
            }
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }
}
