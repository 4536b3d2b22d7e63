package org.ecommerce.api.problem;

import java.util.Arrays;
import java.util.Optional;

/**
 * The problem types this system defines, each a {@code urn:ecommerce:problem:} URI in the {@code type} member of
 * a problem document. Problems that their status says enough about are {@code about:blank} and have no constant.
 * The service that answers a problem and the client that reads it both name it here.
 */
public enum ProblemType {
    /** 400: members of the request break its rules; {@code errors} names each. */
    VALIDATION("validation", 400),
    /**
     * 404: the customer, good, sale or review that the path names does not exist. Only this type says so: a 404
     * without it (a path no service serves, a server whose application is still starting) says nothing about the
     * thing itself.
     */
    NOT_FOUND("not-found", 404),
    /** 409: registration with a username someone already has (in any letter case). */
    USERNAME_TAKEN("username-taken", 409),
    /** 409: a deduction larger than the wallet's balance. Nothing was taken. */
    INSUFFICIENT_FUNDS("insufficient-funds", 409),
    /** 409: a deduction of more units than are in stock. Nothing was taken. */
    INSUFFICIENT_STOCK("insufficient-stock", 409),
    /** 409: a charge or refund would take the wallet past what it can hold. */
    BALANCE_LIMIT("balance-limit", 409),
    /**
     * 409: a refund names no debit of this wallet, or gives back more than that debit took. Nothing was given.
     */
    REFUND_UNMATCHED("refund-unmatched", 409),
    /** 409: the debit a refund names was given back before, by another refund. Nothing was given again. */
    ALREADY_REFUNDED("already-refunded", 409),
    /** 409: a restock or count would take the stock past what it can hold. */
    STOCK_LIMIT("stock-limit", 409),
    /**
     * 409: the ledger already holds a move with this reference (an {@code Idempotency-Key} used after the key
     * itself was forgotten): the move was made before and is not made again.
     */
    ALREADY_APPLIED("already-applied", 409),
    /** 409: a request with the same {@code Idempotency-Key} is still being processed; retry later. */
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", 409),
    /** 422: the {@code Idempotency-Key} was used before with another request. */
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422),
    /** 409: another request changed the resource at the same time; nothing was written, a retry is safe. */
    CONCURRENT_CHANGE("concurrent-change", 409),
    /** 409: the customer has reviewed this product already. */
    DUPLICATE_REVIEW("duplicate-review", 409);

    /** What every type URI of this system starts with. */
    public static final String PREFIX = "urn:ecommerce:problem:";

    private final String uri;
    private final int status;

    ProblemType(String name, int status) {
        this.uri = PREFIX + name;
        this.status = status;
    }

    /** The URI of the {@code type} member, for example {@code urn:ecommerce:problem:insufficient-stock}. */
    public String uri() {
        return uri;
    }

    /** The HTTP status a problem of this type is answered with. */
    public int status() {
        return status;
    }

    /**
     * The type a {@code type} member names.
     *
     * @param uri the member's value, or {@code null}
     * @return the type, or empty for {@code about:blank} and for types this system does not define
     */
    public static Optional<ProblemType> of(String uri) {
        return Arrays.stream(values()).filter(t -> t.uri.equals(uri)).findFirst();
    }
}
