package org.ecommerce.common.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Gives every request its {@link RequestId} and echoes it in the response. Map it first, on all dispatches. */
public class RequestIdFilter extends HttpFilter {

    private static final String ATTRIBUTE = RequestId.class.getName();

    @Override
    void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // An error dispatch runs after the request's own pass; it keeps the id that pass chose.
        String id = (String) request.getAttribute(ATTRIBUTE);
        if (id == null || request.getDispatcherType() == DispatcherType.REQUEST) {
            id = RequestId.acceptOrGenerate(request.getHeader(RequestId.HEADER));
            request.setAttribute(ATTRIBUTE, id);
        }
        response.setHeader(RequestId.HEADER, id);
        RequestId.set(id);
        try {
            chain.doFilter(request, response);
        } finally {
            RequestId.clear();
        }
    }
}
