package org.ecommerce.api.problem;

/**
 * One rejected member of a request: its snake_case name as the client sent it, and why.
 *
 * @param field   the member name (for example {@code full_name}), or a query parameter name
 * @param message a sentence a person can act on
 */
public record FieldError(String field, String message) {}
