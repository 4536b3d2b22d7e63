package org.ecommerce.common.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Supplier;
import org.ecommerce.api.ApiJson;
import org.ecommerce.api.problem.Problem;
import org.ecommerce.common.json.Jsonp;
import org.ecommerce.common.problem.Refusal;
import org.ecommerce.common.security.Caller;

/**
 * {@code Idempotency-Key} handling as docs/API.md settles it, the same for every service: a repeat with the same key
 * and the same request by the same caller returns the first outcome (2xx or 4xx) and changes nothing; the same
 * key with another request is 422; a repeat while the first is in progress is 409; a 5xx is not kept.
 *
 * <p>The keys live in the calling service's schema, reached through the entity manager each WAR declares as
 * {@code java:comp/env/ecommerce/persistence} (a {@code persistence-context-ref} in its {@code web.xml}).
 *
 * <p>The key is claimed in the transaction that makes the change, so the change and the stored answer commit
 * or vanish together: no crash can leave money moved without its key, or a key without its change.
 */
@ApplicationScoped
public class Idempotency {

    /** The request attribute that marks an answer as replayed, for {@link ReplayedHeader}. */
    static final String REPLAYED_ATTRIBUTE = Idempotency.class.getName() + ".replayed";

    @Inject
    IdempotencyStore store;

    @Inject
    HttpServletRequest request;

    /**
     * Runs {@code work} at most once per key, for an operation answered with 200 and a record: a replay gives
     * the record of the first answer back (and {@code Idempotent-Replayed: true}), or throws its refusal again.
     *
     * @param type the record's class, to read a stored answer back
     * @param work the change; it joins the transaction, and a thrown {@link Refusal} is its answer
     * @return what the work returned, now or the first time
     * @see #execute(Caller, String, String, String, String, Supplier)
     */
    public <T> T execute(
            Caller caller,
            String method,
            String path,
            String keyHeader,
            String fingerprint,
            Class<T> type,
            Supplier<T> work) {
        Response response = execute(
                caller,
                method,
                path,
                keyHeader,
                fingerprint,
                () -> Response.ok(work.get()).build());
        if (response.getHeaderString(IdempotencyKey.REPLAYED) == null) {
            return type.cast(response.getEntity());
        }
        request.setAttribute(REPLAYED_ATTRIBUTE, Boolean.TRUE);
        String body = (String) response.getEntity();
        if (response.getStatus() >= 400) {
            throw Refusal.replayOf(Problem.fromJson(Jsonp.readObject(body)));
        }
        return ApiJson.jsonb().fromJson(body, type);
    }

    /**
     * Runs {@code work} at most once per key.
     *
     * @param caller      who sends the request
     * @param method      the HTTP method
     * @param path        the request path
     * @param keyHeader   the {@code Idempotency-Key} header, or {@code null} to simply run the work
     * @param fingerprint a canonical form of the request (for example {@code "amount=10.00"}): same request,
     *                    same fingerprint, however the JSON was spelled
     * @param work        the change; it joins the transaction, and a thrown {@link Refusal} is its answer
     * @return the response of the work, or the replayed first response
     */
    public Response execute(
            Caller caller, String method, String path, String keyHeader, String fingerprint, Supplier<Response> work) {
        Optional<IdempotencyKey> key = IdempotencyKey.fromHeader(keyHeader);
        if (key.isEmpty()) {
            return work.get();
        }
        IdempotencyScope scope = new IdempotencyScope(caller.keyScope(), method, path, key.get());
        try {
            return store.claimAndRun(scope, fingerprint, work);
        } catch (Refusal e) {
            keepRefusal(scope, fingerprint, e);
            throw e;
        }
    }

    // A refusal is the request's outcome and is answered again; a dependency that was down is not (the retry
    // runs afresh), nor an error about the key itself.
    private void keepRefusal(IdempotencyScope scope, String fingerprint, Refusal e) {
        if (e.kind() != Refusal.Kind.UNAVAILABLE && !(e instanceof IdempotencyStore.KeyError)) {
            store.recordRejection(scope, fingerprint, e);
        }
    }
}
