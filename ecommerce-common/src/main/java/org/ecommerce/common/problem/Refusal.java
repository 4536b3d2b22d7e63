package org.ecommerce.common.problem;

import java.util.List;
import org.ecommerce.api.problem.FieldError;
import org.ecommerce.api.problem.Problem;
import org.ecommerce.api.problem.ProblemType;

/**
 * A request the rules refuse, said in the domain's words: which {@link Kind} of no, the {@link ProblemType} that
 * names it for clients where there is one, and a detail fit to show them (so never internals). Business rules
 * throw it; only {@link ProblemResponses} and {@link ProblemMappers} turn it into an HTTP answer.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of no it is; each is answered with its own status. */
    public enum Kind {
        /** The request itself is wrong: a malformed body, a member out of range. */
        INVALID,
        /** No caller is known, or the credentials do not check out. */
        UNAUTHENTICATED,
        /** The caller is known but may not do this, for example act on another customer's account. */
        FORBIDDEN,
        /** There is no such thing, or none the caller may learn of (such as another's flagged review). */
        NOT_FOUND,
        /** The request collides with the current state: insufficient funds, a username taken. */
        CONFLICT,
        /** An {@code Idempotency-Key} comes back with another request. */
        KEY_REUSED,
        /** The caller must wait before trying again. */
        THROTTLED,
        /** Something the request depends on is down; nothing was changed, so the caller may retry. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final transient ProblemType type;
    private final String detail;
    private final transient List<FieldError> errors;
    private final long retryAfterSeconds;
    /** An answer given before, to be given again as it was (idempotent replays). */
    private final transient Problem earlier;

    private Refusal(
            Kind kind,
            ProblemType type,
            String detail,
            List<FieldError> errors,
            long retryAfterSeconds,
            Problem earlier) {
        super(kind + ": " + detail);
        this.kind = kind;
        this.type = type;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
        this.earlier = earlier;
    }

    private Refusal(Kind kind, ProblemType type, String detail) {
        this(kind, type, detail, List.of(), 0, null);
    }

    /** The same refusal, for subclasses that mark a kind of refusal by their type. */
    protected Refusal(Refusal refusal) {
        this(refusal.kind, refusal.type, refusal.detail, refusal.errors, refusal.retryAfterSeconds, refusal.earlier);
    }

    /** Members that break their rules, one error each, named as the client names them (snake_case). */
    public static Refusal invalid(List<FieldError> errors) {
        return new Refusal(
                Kind.INVALID, ProblemType.VALIDATION, "The request has invalid members; see errors.", errors, 0, null);
    }

    /**
     * One member, or a header such as {@code Idempotency-Key}, that breaks its rule.
     *
     * @param message what is wrong with it, for example {@code "must not be blank"}
     */
    public static Refusal invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** A request that is wrong as a whole, with no member to blame (a body that is not JSON). */
    public static Refusal invalid(String detail) {
        return new Refusal(Kind.INVALID, null, detail);
    }

    /** Credentials that do not check out; the detail must not say which part was wrong. */
    public static Refusal unauthenticated(String detail) {
        return new Refusal(Kind.UNAUTHENTICATED, null, detail);
    }

    public static Refusal forbidden(String detail) {
        return new Refusal(Kind.FORBIDDEN, null, detail);
    }

    /**
     * The thing the path names does not exist, typed {@link ProblemType#NOT_FOUND} so that a client can tell it
     * from a 404 that no service of this system gave.
     *
     * @param detail what was not found, for example {@code "No such good."}
     */
    public static Refusal notFound(String detail) {
        return new Refusal(Kind.NOT_FOUND, ProblemType.NOT_FOUND, detail);
    }

    /** A collision named by its type, so that clients tell conflicts apart without reading the detail. */
    public static Refusal conflict(ProblemType type, String detail) {
        return new Refusal(Kind.CONFLICT, type, detail);
    }

    /** An idempotency key reused with another request. */
    public static Refusal keyReused(ProblemType type, String detail) {
        return new Refusal(Kind.KEY_REUSED, type, detail);
    }

    /** @param retryAfterSeconds how long until a retry can succeed; told to the caller as at least 1 */
    public static Refusal throttled(String detail, long retryAfterSeconds) {
        return new Refusal(Kind.THROTTLED, null, detail, List.of(), Math.max(1, retryAfterSeconds), null);
    }

    /**
     * A dependency is down. Throw it only when nothing was changed or the change was rolled back; it is logged,
     * and never kept as an idempotent outcome.
     */
    public static Refusal unavailable(String detail) {
        return new Refusal(Kind.UNAVAILABLE, null, detail);
    }

    /** An answer given to an earlier request with the same idempotency key, to be given again unchanged. */
    public static Refusal replayOf(Problem earlier) {
        return new Refusal(ProblemResponses.kindOf(earlier.status()), null, earlier.detail(), List.of(), 0, earlier);
    }

    /** This refusal as the replay of an earlier answer. */
    public Refusal replayed() {
        return new Refusal(kind, type, detail, errors, retryAfterSeconds, ProblemResponses.problemOf(this));
    }

    public Kind kind() {
        return kind;
    }

    /** The problem type, or {@code null} where the kind alone says it ({@code about:blank}). */
    public ProblemType type() {
        return type;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Seconds to wait, for a {@link Kind#THROTTLED} refusal; 0 otherwise. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The earlier answer this one replays, or {@code null} when it is the first. */
    public Problem earlier() {
        return earlier;
    }
}
