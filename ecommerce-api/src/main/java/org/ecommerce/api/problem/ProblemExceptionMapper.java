package org.ecommerce.api.problem;

import jakarta.json.JsonException;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Map;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns every answer of 400 or more into the {@link ProblemException} that says what it settles. Register it on
 * each Rest Client of this API (the services' own clients do, through {@code RemoteApis} in common). An answer
 * without a problem document (a proxy's error page, say) becomes the problem its status alone describes.
 */
public class ProblemExceptionMapper implements ResponseExceptionMapper<ProblemException> {

    private static final JsonReaderFactory READERS = JsonProvider.provider().createReaderFactory(Map.of());

    @Override
    public ProblemException toThrowable(Response response) {
        return exceptionFor(problemOf(response));
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    /**
     * The exception a problem stands for.
     *
     * @param problem the problem document of an answer
     * @return {@link NotFound} for a 404 of type {@code not-found}, {@link Refused} for insufficient stock or funds,
     *         {@link AlreadyApplied}, {@link Unavailable} for 5xx, a plain {@link ProblemException} for anything
     *         else, including a 404 of any other type or none: that one came from no service of this system (an
     *         unknown path, a server still deploying it), so it says nothing about whether the thing exists
     */
    public static ProblemException exceptionFor(Problem problem) {
        if (problem.status() >= 500) {
            return new Unavailable(problem);
        }
        ProblemType type = ProblemType.of(problem.type()).orElse(null);
        if (type == ProblemType.NOT_FOUND && problem.status() == 404) {
            return new NotFound(problem);
        }
        if (type == ProblemType.INSUFFICIENT_STOCK || type == ProblemType.INSUFFICIENT_FUNDS) {
            return new Refused(problem);
        }
        if (type == ProblemType.ALREADY_APPLIED) {
            return new AlreadyApplied(problem);
        }
        return new ProblemException(problem);
    }

    private static Problem problemOf(Response response) {
        int status = response.getStatus();
        MediaType type = response.getMediaType();
        if (type != null && isProblem(type) && response.hasEntity()) {
            try (var reader = READERS.createReader(new StringReader(response.readEntity(String.class)))) {
                return Problem.fromJson(reader.readObject());
            } catch (JsonException | ClassCastException | NullPointerException e) {
                // Not the document it claims to be: fall through to the status.
            }
        }
        return Problem.of(status, null);
    }

    private static boolean isProblem(MediaType type) {
        return Problem.MEDIA_TYPE.equalsIgnoreCase(type.getType() + "/" + type.getSubtype());
    }
}
