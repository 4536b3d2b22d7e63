package org.ecommerce.common.json;

/** The one rule that turns Java member names into the snake_case names of the API. */
public final class JsonNames {

    private JsonNames() {}

    /**
     * {@code fullName} becomes {@code full_name}; a name that is already snake_case is kept.
     *
     * @param javaName a camelCase member name
     * @return the name with each upper-case letter lowered and, except at the start, preceded by {@code _}
     */
    public static String snakeCase(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
