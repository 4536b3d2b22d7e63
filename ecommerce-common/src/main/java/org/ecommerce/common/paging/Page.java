package org.ecommerce.common.paging;

import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Function;
import org.ecommerce.api.Headers;

/**
 * One page of a list and the total before paging, answered as a JSON array with {@code X-Total-Count}.
 *
 * @param items the items of this page
 * @param total how many items the whole list has
 * @param <T>   the item type
 */
public record Page<T>(List<T> items, long total) {

    /** The header that carries the total. */
    public static final String TOTAL_COUNT = Headers.TOTAL_COUNT;

    /**
     * The same page with each item mapped, typically from entity to view.
     *
     * @param <R>    the new item type
     * @param mapper applied to each item, in order
     * @return a page of the mapped items with the same total
     */
    public <R> Page<R> map(Function<? super T, R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total);
    }

    /**
     * 200 with the items as a JSON array and the total in {@code X-Total-Count}.
     *
     * @param itemType the class of the items, which erasure would otherwise hide from the JSON provider
     * @return the response
     */
    public Response toResponse(Class<?> itemType) {
        // The element type must survive erasure for the JSON provider to pick the right serializer.
        GenericEntity<List<T>> entity = new GenericEntity<>(items, listOf(itemType));
        return Response.ok(entity).header(TOTAL_COUNT, total).build();
    }

    private static Type listOf(Class<?> itemType) {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] {itemType};
            }

            @Override
            public Type getRawType() {
                return List.class;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        };
    }
}
