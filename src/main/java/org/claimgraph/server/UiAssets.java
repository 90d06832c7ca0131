package org.claimgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The files of the web UI under {@code /ui/}: the bundle that {@code src/main/webui} builds into the jar (and into
 * {@code target/classes}) at {@code claimgraph/webui/}. They are always taken from the classpath, never from
 * {@code claimgraph.home}, since the checkout holds only their sources.
 * <p>
 * Each file has an ETag, the start of its SHA-256; the page links {@link #url versioned URLs} ({@code ?v=} that
 * hash), which may be cached for a year, while a request without the current hash must revalidate (304 when the
 * ETag still matches).
 */
final class UiAssets extends HttpServlet {
    static final String PATH = "/ui";
    private static final String ROOT = "claimgraph/webui/";
    /** File names only, one folder deep at most: no way up and out of the bundle. */
    private static final Pattern NAME = Pattern.compile("([A-Za-z0-9_-]+/)?[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "map", "application/json; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff2", "font/woff2",
            "txt", "text/plain; charset=utf-8");

    private record Asset(byte[] bytes, String hash) {}

    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    /** The URL of a file of the bundle with its version, or empty when the bundle lacks it (the UI was not built). */
    Optional<String> url(String name) {
        return asset(name).map(a -> PATH + "/" + name + "?v=" + a.hash());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = Objects.toString(req.getPathInfo(), "/").substring(1);
        Optional<Asset> found = asset(name);
        if (found.isEmpty()) {
            Responses.error(resp, HttpServletResponse.SC_NOT_FOUND, "404 Not Found: the web UI has no file " + PATH + "/" + name);
            return;
        }
        Asset a = found.get();
        String etag = "\"" + a.hash() + "\"";
        resp.setHeader("ETag", etag);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", a.hash().equals(req.getParameter("v")) ? "public, max-age=31536000, immutable" : "no-cache");
        if (etag.equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(TYPES.getOrDefault(extension(name), "application/octet-stream"));
        resp.setContentLength(a.bytes().length);
        resp.getOutputStream().write(a.bytes());
    }

    private Optional<Asset> asset(String name) {
        if (!NAME.matcher(name).matches()) return Optional.empty();
        return cache.computeIfAbsent(name, UiAssets::load);
    }

    private static Optional<Asset> load(String name) {
        try (InputStream in = UiAssets.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) return Optional.empty();
            byte[] bytes = in.readAllBytes();
            return Optional.of(new Asset(bytes, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
