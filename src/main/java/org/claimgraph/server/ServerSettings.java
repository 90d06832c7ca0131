package org.claimgraph.server;

import org.claimgraph.rdf.IriScheme;

import java.nio.file.Path;

/**
 * How one server runs. {@link #defaults} gives the defaults: port 3030, a 10 s query timeout, the default base IRI.
 * Each {@code with...} method returns a copy with one setting changed; the constructor refuses impossible values.
 *
 * @param db            the TDB2 folder
 * @param iris          the IRIs of the data, so {@code /entity/x} on the server finds {@code {base}entity/x}
 * @param port          HTTP port; 0 picks a free one
 * @param timeoutMillis the server-wide query timeout
 */
public record ServerSettings(Path db, IriScheme iris, int port, long timeoutMillis) {
    public static final int DEFAULT_PORT = 3030;
    public static final long DEFAULT_TIMEOUT_MILLIS = 10_000;

    public ServerSettings {
        if (db == null || iris == null) throw new IllegalArgumentException("db and iris are required");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        if (timeoutMillis <= 0) throw new IllegalArgumentException("the query timeout must be more than 0");
    }

    public static ServerSettings defaults(Path db) {
        return new ServerSettings(db, IriScheme.defaults(), DEFAULT_PORT, DEFAULT_TIMEOUT_MILLIS);
    }

    public ServerSettings withIris(IriScheme v)     { return new ServerSettings(db, v, port, timeoutMillis); }
    public ServerSettings withPort(int v)           { return new ServerSettings(db, iris, v, timeoutMillis); }
    public ServerSettings withTimeoutMillis(long v) { return new ServerSettings(db, iris, port, v); }
}
