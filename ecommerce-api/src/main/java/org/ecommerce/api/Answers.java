package org.ecommerce.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What an operation that returns a bare {@link jakarta.ws.rs.core.Response} (for its {@code Location} or
 * {@code X-Total-Count}) answers with when it succeeds, which its signature cannot say. Read as
 * {@code response.readEntity(type)}, or as a list of {@code type} when {@link #list()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Answers {

    /** The success status: 201 for a creation, 200 for a list. */
    int status();

    /** The record of the body, or of each element of a list. */
    Class<?> type();

    /** Whether the body is a JSON array of {@link #type()}. */
    boolean list() default false;
}
