package org.ecommerce.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Response headers every service sends: {@code X-Content-Type-Options: nosniff}, {@code Cache-Control: no-store}
 * where the filter's {@code no-store} init parameter is {@code true} (services holding customer or wallet
 * data), and CORS only for the origins listed in {@code ecommerce.cors.allowed-origins}
 * ({@code ECOMMERCE_CORS_ALLOWED_ORIGINS}, comma-separated; empty by default, so CORS is off). Every answer also
 * carries a Content-Security-Policy and {@code X-Frame-Options: DENY}: an API answer loads nothing and belongs in
 * no frame; pages under the {@code page-path} init parameter (the API reference, {@code /api-docs/}) may load
 * their own scripts and styles, images of their own or as {@code data:} URIs, and call this server, nothing else.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, Idempotency-Key, X-Request-Id";
    private static final String EXPOSED_HEADERS = "Location, Retry-After, X-Request-Id, X-Total-Count";

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    // Swagger UI sets some styles inline and draws its icons as data: images; "Try it out" calls this server.
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'none'";

    private boolean noStore;
    private String pagePath;
    private Set<String> allowedOrigins;

    @Override
    public void init(FilterConfig config) {
        noStore = Boolean.parseBoolean(config.getInitParameter("no-store"));
        pagePath = config.getInitParameter("page-path");
        String origins = ConfigProvider.getConfig()
                .getOptionalValue("ecommerce.cors.allowed-origins", String.class)
                .orElse("");
        allowedOrigins = Arrays.stream(origins.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        boolean page = pagePath != null && request.getRequestURI().startsWith(pagePath);
        response.setHeader("Content-Security-Policy", page ? PAGE_POLICY : API_POLICY);
        if (noStore) {
            response.setHeader("Cache-Control", "no-store");
        }
        String origin = request.getHeader("Origin");
        if (origin != null && allowedOrigins.contains(origin)) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.addHeader("Vary", "Origin");
            response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
            if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
                response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
                response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                response.setHeader("Access-Control-Max-Age", "600");
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
