package org.ecommerce.common.web;

import jakarta.json.JsonObject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ecommerce.common.json.Jsonp;

/**
 * Makes Payara's {@code /openapi} answer a plain OpenAPI document: it takes {@code Accept: application/yaml}
 * (Payara knows YAML only as {@code text/plain} and answers that type with 406), labels YAML as
 * {@code application/yaml}, and drops the top-level {@code endpoints} member Payara adds of its own, which is not
 * OpenAPI and which validators reject. Mapped in the root module, which owns the context {@code /openapi} lives in.
 */
public class OpenApiDocumentFilter extends HttpFilter {

    private static final String YAML = "application/yaml";
    /** Payara's YAML writer puts each top-level member at the start of a line; a sequence item may sit there too. */
    private static final Pattern ENDPOINTS = Pattern.compile("(?m)^endpoints:.*\\R(?:(?:[ -].*)?\\R)*");

    @Override
    void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Buffered answer = new Buffered(response);
        chain.doFilter(asksForYaml(request) ? new AcceptingPlainText(request) : request, answer);
        byte[] body = answer.body();
        String type = answer.getContentType();
        if (answer.getStatus() == 200 && type != null) {
            String text = new String(body, StandardCharsets.UTF_8);
            if (type.startsWith("application/json")) {
                JsonObject document = Jsonp.readObject(text);
                body = (document.containsKey("endpoints")
                                ? Jsonp.objectBuilder(document)
                                        .remove("endpoints")
                                        .build()
                                : document)
                        .toString()
                        .getBytes(StandardCharsets.UTF_8);
            } else if (type.startsWith("text/plain")) {
                response.setContentType(YAML + ";charset=UTF-8");
                body = ENDPOINTS.matcher(text).replaceFirst("").getBytes(StandardCharsets.UTF_8);
            }
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean asksForYaml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        String types = accept.toLowerCase(Locale.ROOT);
        return types.contains("yaml") && !types.contains("json");
    }

    /** The request as Payara's OpenAPI resource understands a request for YAML. */
    private static final class AcceptingPlainText extends HttpServletRequestWrapper {
        AcceptingPlainText(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return "Accept".equalsIgnoreCase(name) ? "text/plain" : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept".equalsIgnoreCase(name)
                    ? Collections.enumeration(List.of("text/plain"))
                    : super.getHeaders(name);
        }
    }

    /** Holds the answer's body back, so that it can be rewritten before the first byte leaves. */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("The OpenAPI document is written blocking");
            }
        };
        private PrintWriter writer;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void setContentLength(int length) {
            // The rewritten body has its own length.
        }

        @Override
        public void setContentLengthLong(long length) {}

        @Override
        public void flushBuffer() {}

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }
    }
}
