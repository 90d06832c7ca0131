package org.claimgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * CORS for the origins given with {@code --cors}: Fuseki's own filter (the one {@code enableCors} installs, with
 * Fuseki's methods and headers), configured here rather than through a properties file. Browser scripts from those
 * origins may read responses; preflight requests are answered without reaching Fuseki. Credentials are not allowed
 * cross-origin.
 */
final class CorsFilter implements Filter {
    private final CrossOriginFilter cors = new CrossOriginFilter();
    private final Map<String, String> params;

    CorsFilter(List<String> origins) {
        this.params = Map.of(
                CrossOriginFilter.ALLOWED_ORIGINS_PARAM, String.join(",", origins),
                CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,POST,DELETE,PUT,HEAD,OPTIONS,PATCH",
                CrossOriginFilter.ALLOWED_HEADERS_PARAM, "X-Requested-With, Content-Type, Accept, Origin, Last-Modified, Authorization",
                CrossOriginFilter.EXPOSED_HEADERS_PARAM, "Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified, Pragma",
                CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
                CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");
    }

    @Override
    public void init(FilterConfig container) throws ServletException {
        cors.init(new FilterConfig() {
            @Override public String getFilterName() { return container.getFilterName(); }
            @Override public ServletContext getServletContext() { return container.getServletContext(); }
            @Override public String getInitParameter(String name) { return params.get(name); }
            @Override public Enumeration<String> getInitParameterNames() { return Collections.enumeration(params.keySet()); }
        });
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        cors.doFilter(req, resp, chain);
    }

    @Override
    public void destroy() {
        cors.destroy();
    }
}
