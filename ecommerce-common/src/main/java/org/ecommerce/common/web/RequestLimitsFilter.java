package org.ecommerce.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.ecommerce.common.problem.ProblemResponses;

/**
 * The limits of every request, before any service code runs. A path over {@value #MAX_PATH} characters is 404:
 * no resource of the API has one (the longest is a 50-character username and a few words), and letting it through
 * would carry it into key stores and log lines. A body over 1 MiB is 413, whether announced by
 * {@code Content-Length} or sent chunked; a chunked body is read up to the limit before the application sees it,
 * and no API body comes near that size, so buffering costs at most 1 MiB per request in flight.
 */
public class RequestLimitsFilter extends HttpFilter {

    /** The largest accepted body, in bytes. */
    public static final int LIMIT = 1024 * 1024;

    /** The longest accepted path, in characters as sent (percent-encoded). */
    public static final int MAX_PATH = 512;

    @Override
    void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().length() > MAX_PATH) {
            ProblemResponses.write(response, ProblemResponses.generic(404));
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > LIMIT) {
            tooLarge(request, response);
            return;
        }
        boolean chunked = declared < 0 && request.getHeader("Transfer-Encoding") != null;
        if (!chunked) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), LIMIT + 1);
        if (body.length > LIMIT) {
            tooLarge(request, response);
            return;
        }
        chain.doFilter(new BufferedRequest(request, body), response);
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The connection cannot be reused with an unread body behind it.
        response.setHeader("Connection", "close");
        ProblemResponses.write(response, ProblemResponses.generic(413));
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while (out.size() < max && (n = in.read(buffer, 0, Math.min(buffer.length, max - out.size()))) != -1) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The request with its body already read into memory. */
    private static final class BufferedRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body has already been read");
                }
            };
        }
    }
}
