package org.claimgraph.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The request size limit, with a 413 for every body over it. Jetty's {@link SizeLimitHandler} (which
 * {@link Server} puts in front of everything) refuses a body whose Content-Length is over the limit before it is read,
 * and fails the reading of one that is sent chunked once the limit is passed. Fuseki would answer that failure, in the
 * middle of its parsing, with a 500; so a body of unknown length is read here first, and its failure answered with
 * 413. Bodies with a Content-Length pass straight on.
 */
final class RequestSizeLimit extends HttpFilter {
    private final long maxBytes;

    RequestSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        if (req.getContentLengthLong() >= 0 || req.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(req, resp);
            return;
        }
        HttpServletRequest buffered;
        try {
            if (req.getContentType() != null && req.getContentType().startsWith("application/x-www-form-urlencoded")) {
                req.getParameterMap();  // Jetty reads forms itself, not through a wrapper's stream
                buffered = req;
            } else {
                buffered = new Buffered(req, req.getInputStream().readAllBytes());
            }
        } catch (IOException | RuntimeException e) {
            if (!tooLarge(e)) throw e;
            Responses.error(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "413 Content Too Large: the request body is over the server's limit of " + maxBytes + " bytes (serve --max-request-size)");
            return;
        }
        chain.doFilter(buffered, resp);
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException h && h.getCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) return true;
        }
        return false;
    }

    /** The request with its body already read. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override public int getContentLength() { return body.length; }
        @Override public long getContentLengthLong() { return body.length; }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException("blocking reads only"); }
            };
        }
    }
}
