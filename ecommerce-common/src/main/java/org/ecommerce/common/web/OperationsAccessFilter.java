package org.ecommerce.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.ecommerce.common.problem.ProblemResponses;
import org.ecommerce.common.security.Secrets;

/**
 * Keeps the operations endpoint ({@code /metrics}, which names the code's classes and shows its load) to the
 * operators' scrapers: a request must carry {@code Authorization: Bearer <ecommerce.operations.token>}
 * ({@code ECOMMERCE_OPERATIONS_TOKEN}, at least 32 bytes). Without a configured token the endpoint is not offered
 * at all (404). Payara serves {@code /metrics} in the web module at the root context, so this filter of the root
 * module sees its requests; health checks stay open, since orchestrators probe them without credentials.
 */
public class OperationsAccessFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(OperationsAccessFilter.class.getName());

    private byte[] expected;

    @Override
    public void init(FilterConfig config) {
        String token = ConfigProvider.getConfig()
                .getOptionalValue("ecommerce.operations.token", String.class)
                .orElse("");
        Secrets.requireStrong("ecommerce.operations.token (ECOMMERCE_OPERATIONS_TOKEN)", token);
        expected = token.isEmpty() ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        if (expected == null) {
            LOG.info("No ECOMMERCE_OPERATIONS_TOKEN configured: /metrics is not offered");
        }
    }

    @Override
    void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (expected == null) {
            ProblemResponses.write(response, ProblemResponses.generic(404));
            return;
        }
        String presented = request.getHeader("Authorization");
        // Constant time: the token must not leak through how fast a wrong one is refused.
        if (presented == null || !MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8))) {
            ProblemResponses.write(response, ProblemResponses.generic(401));
            return;
        }
        chain.doFilter(request, response);
    }
}
