package org.ecommerce.common.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ecommerce.common.problem.ProblemResponses;

/**
 * The error page of every WAR. The container answers some requests itself, before JAX-RS runs: a bad or
 * missing token (401), a role constraint (403), an unmapped path (404). Declared as the {@code <error-page>}
 * for those statuses, this servlet makes those answers problem documents like every other error.
 */
public class ProblemErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ProblemErrorServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof Throwable t) {
            LOG.log(Level.SEVERE, "Request " + RequestId.current() + " failed", t);
        }
        response.resetBuffer();
        ProblemResponses.write(response, ProblemResponses.generic(status));
    }
}
