package org.ecommerce.common.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ecommerce.api.problem.FieldError;
import org.ecommerce.api.problem.ProblemType;
import org.ecommerce.common.json.JsonNames;
import org.ecommerce.common.web.RequestId;
import org.ecommerce.common.web.StrictQueryParams;
import org.glassfish.jersey.server.ParamException;

/**
 * The exception mappers every service registers: together they make every error a problem document and keep
 * exception text, SQL and class names in the log.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    /**
     * The mapper classes, for {@code Application#getClasses()}.
     *
     * @return the four mappers of this class
     */
    public static List<Class<?>> classes() {
        return List.of(
                RefusalMapper.class,
                WebApplicationExceptionMapper.class,
                ConstraintViolationMapper.class,
                UnexpectedExceptionMapper.class);
    }

    /** Business errors: their problem is meant for the client. */
    @Provider
    public static class RefusalMapper implements ExceptionMapper<Refusal> {
        @Override
        public Response toResponse(Refusal e) {
            if (e.kind() == Refusal.Kind.UNAVAILABLE) {
                LOG.log(Level.WARNING, "Request {0} refused, {1}: {2}", new Object[] {
                    RequestId.current(), e.kind(), e.detail()
                });
            }
            return ProblemResponses.of(e);
        }
    }

    /**
     * Errors raised by JAX-RS itself (unknown path, wrong method, wrong media type) and by the role checks.
     * Their messages are replaced by generic ones: they can name classes.
     */
    @Provider
    public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

        @Context
        SecurityContext security;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            // A role check fails with 403 whether or not a caller was authenticated; without one it is a 401.
            if (e instanceof ForbiddenException && (security == null || security.getUserPrincipal() == null)) {
                status = 401;
            }
            if (e instanceof ParamException.QueryParamException query) {
                // A query parameter that does not parse: JAX-RS says 404, but the path exists and the value is
                // what is wrong, so it is a 400 naming the parameter, like every other invalid member.
                return ProblemResponses.of(Refusal.invalid(query.getParameterName(), messageOf(query)));
            }
            if (status >= 500) {
                LOG.log(Level.SEVERE, "Request " + RequestId.current() + " failed", e);
            }
            Map<String, String> headers = new HashMap<>();
            String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                headers.put(HttpHeaders.ALLOW, allow);
            }
            if (status == 401) {
                headers.put(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            }
            return ProblemResponses.of(ProblemResponses.generic(status), headers);
        }

        private static String messageOf(ParamException e) {
            for (Throwable t = e.getCause(); t != null && t.getCause() != t; t = t.getCause()) {
                if (t instanceof StrictQueryParams.InvalidValue invalid) {
                    return invalid.getMessage();
                }
            }
            return "is not a valid value";
        }
    }

    /** Bean Validation failures: one field error per violation, named as the client names the member. */
    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new FieldError(fieldName(v), v.getMessage()))
                    .distinct()
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                    .toList();
            return ProblemResponses.of(Refusal.invalid(errors));
        }

        private static String fieldName(ConstraintViolation<?> violation) {
            String name = null;
            for (Path.Node node : violation.getPropertyPath()) {
                // Method and parameter nodes name Java code; only properties and parameters that carry a
                // client-visible name are kept (the last one wins: request.fullName -> full_name).
                if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                        || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                    name = node.getName();
                }
            }
            return name == null ? "body" : JsonNames.snakeCase(name);
        }
    }

    /** Everything else is a bug or an outage: logged in full with the request id, answered with a generic 500. */
    @Provider
    public static class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            Refusal refusal = findRefusal(e);
            if (refusal != null) {
                return new RefusalMapper().toResponse(refusal);
            }
            if (causedBy(e, jakarta.persistence.OptimisticLockException.class)) {
                // Two changes of one row raced and this one lost; nothing was written, so a retry is safe.
                return ProblemResponses.of(Refusal.conflict(
                        ProblemType.CONCURRENT_CHANGE,
                        "The resource was changed by another request at the same time; retry."));
            }
            LOG.log(Level.SEVERE, "Request " + RequestId.current() + " failed", e);
            return ProblemResponses.of(ProblemResponses.generic(500));
        }

        private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
            for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
            return false;
        }

        // Interceptors (transactions, fault tolerance) sometimes wrap a business error; unwrap it.
        private static Refusal findRefusal(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Refusal api) {
                    return api;
                }
                if (t.getCause() == t) {
                    break;
                }
            }
            return null;
        }
    }
}
