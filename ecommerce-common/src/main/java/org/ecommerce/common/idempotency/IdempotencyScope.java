package org.ecommerce.common.idempotency;

/**
 * What a key is unique within, as docs/API.md settles it: the caller, the method and the path.
 *
 * @param caller the caller's stable name (token subject)
 * @param method the HTTP method
 * @param path   the request path
 * @param key    the client's key
 */
public record IdempotencyScope(String caller, String method, String path, IdempotencyKey key) {}
