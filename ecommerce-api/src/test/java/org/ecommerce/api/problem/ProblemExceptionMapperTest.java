package org.ecommerce.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which exception a client gets for each problem a service answers with. */
class ProblemExceptionMapperTest {

    @Test
    void notFoundByItsType() {
        assertSame(NotFound.class, thrown(of(ProblemType.NOT_FOUND)).getClass());
    }

    @Test
    void a404OfAnyOtherTypeIsNoNotFound() {
        // A server deploying the service, or a path none serves: nothing is said of the thing itself.
        assertSame(
                ProblemException.class, thrown(Problem.of(404, "No such path.")).getClass());
        assertSame(
                ProblemException.class,
                thrown(new Problem("https://example.com/gone", "Not Found", 404, null, List.of()))
                        .getClass());
    }

    @ParameterizedTest
    @EnumSource(
            value = ProblemType.class,
            names = {"INSUFFICIENT_STOCK", "INSUFFICIENT_FUNDS"})
    void aShortageIsRefused(ProblemType type) {
        assertSame(Refused.class, thrown(of(type)).getClass());
    }

    @Test
    void aMoveMadeBeforeIsAlreadyApplied() {
        assertSame(AlreadyApplied.class, thrown(of(ProblemType.ALREADY_APPLIED)).getClass());
    }

    @Test
    void everyServerErrorIsUnavailable() {
        for (int status : new int[] {500, 502, 503, 504}) {
            assertSame(Unavailable.class, thrown(Problem.of(status, null)).getClass(), "" + status);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = ProblemType.class,
            names = {"INSUFFICIENT_STOCK", "INSUFFICIENT_FUNDS", "ALREADY_APPLIED", "NOT_FOUND"},
            mode = EnumSource.Mode.EXCLUDE)
    void anyOtherTypeIsAPlainProblemThatKeepsItsType(ProblemType type) {
        ProblemException e = thrown(of(type));
        assertSame(ProblemException.class, e.getClass());
        assertEquals(type, e.type().orElseThrow());
        assertEquals(type.status(), e.status());
    }

    @Test
    void aTypeOfAnotherSystemIsNoneOfOurs() {
        assertEquals(
                java.util.Optional.empty(),
                thrown(new Problem("https://example.com/other", "Conflict", 409, null, List.of()))
                        .type());
    }

    private static ProblemException thrown(Problem problem) {
        return ProblemExceptionMapper.exceptionFor(problem);
    }

    private static Problem of(ProblemType type) {
        return new Problem(type.uri(), "title", type.status(), "detail", List.of());
    }
}
