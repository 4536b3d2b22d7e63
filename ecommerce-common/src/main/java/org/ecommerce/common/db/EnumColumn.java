package org.ecommerce.common.db;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An enum kept in a text column under a name of its own (by default the constant's name in lower case, as the
 * API spells it too), so that the column reads well in SQL, its CHECK constraint lists those names, and renaming
 * a constant cannot silently change what stored rows mean. The entity keeps the text and converts in its
 * accessors: EclipseLink 4.0.7 (Payara 6.2025.10) ignored a JPA {@code @Convert} on an enum-typed field.
 *
 * @param <E> the enum
 */
public final class EnumColumn<E extends Enum<E>> {

    private final Class<E> type;
    private final Map<E, String> names;
    private final Map<String, E> constants;

    /** Stores each constant as its name in lower case, for example {@code PENDING} as {@code pending}. */
    public EnumColumn(Class<E> type) {
        this(type, e -> e.name().toLowerCase(Locale.ROOT));
    }

    /** Stores each constant under the name {@code name} gives it. */
    public EnumColumn(Class<E> type, Function<E, String> name) {
        this.type = type;
        this.names = Arrays.stream(type.getEnumConstants()).collect(Collectors.toMap(e -> e, name));
        this.constants = Arrays.stream(type.getEnumConstants()).collect(Collectors.toMap(name, e -> e));
    }

    /** The column's text for a constant; {@code null} for {@code null}. */
    public String name(E value) {
        return value == null ? null : names.get(value);
    }

    /**
     * The constant a column's text names; {@code null} for {@code null}.
     *
     * @throws IllegalStateException for a text no constant has: the row breaks the schema's rule
     */
    public E of(String name) {
        if (name == null) {
            return null;
        }
        E value = constants.get(name);
        if (value == null) {
            throw new IllegalStateException("No " + type.getSimpleName() + " is stored as " + name);
        }
        return value;
    }
}
