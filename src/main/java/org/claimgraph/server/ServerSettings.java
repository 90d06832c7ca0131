package org.claimgraph.server;

import org.claimgraph.rdf.IriScheme;

import java.nio.file.Path;
import java.util.List;

/**
 * How one server runs. {@link #defaults} gives the safe defaults: read-only SPARQL, localhost only, a 10 s query
 * timeout, SERVICE off, no CORS headers, request bodies up to 1 MB. Each {@code with...} method returns a copy with
 * one setting changed; the constructor refuses impossible values.
 *
 * @param db                 the TDB2 folder
 * @param iris               the IRIs of the data, so {@code /entity/x} on the server finds {@code {base}entity/x}
 * @param port               HTTP port; 0 picks a free one
 * @param host               the address to listen on: {@link #LOCALHOST}, an address of this machine, or
 *                           {@code 0.0.0.0} / {@code ::} for every interface
 * @param timeoutMillis      the server-wide query timeout
 * @param allowService       whether SERVICE (federated query) may call other endpoints
 * @param updatePasswordFile a Jetty password file; when given, SPARQL Update ({@code /kg/update}) and the graph store
 *                           ({@code /kg/data}) are enabled for the users it lists (HTTP basic auth); null: no update
 * @param corsOrigins        origins allowed to read responses from browser scripts ({@code *} for any); empty: no
 *                           CORS headers
 * @param maxRequestBytes    the largest request body accepted; a larger one gets 413
 */
public record ServerSettings(Path db, IriScheme iris, int port, String host, long timeoutMillis, boolean allowService,
                             Path updatePasswordFile, List<String> corsOrigins, long maxRequestBytes) {
    public static final String LOCALHOST = "localhost";
    public static final int DEFAULT_PORT = 3030;
    public static final long DEFAULT_TIMEOUT_MILLIS = 10_000;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

    public ServerSettings {
        if (db == null || iris == null || host == null || host.isBlank()) throw new IllegalArgumentException("db, iris and host are required");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        if (timeoutMillis <= 0) throw new IllegalArgumentException("the query timeout must be more than 0");
        if (maxRequestBytes <= 0) throw new IllegalArgumentException("the request size limit must be more than 0 bytes");
        corsOrigins = List.copyOf(corsOrigins);
    }

    public static ServerSettings defaults(Path db) {
        return new ServerSettings(db, IriScheme.defaults(), DEFAULT_PORT, LOCALHOST, DEFAULT_TIMEOUT_MILLIS, false, null,
                List.of(), DEFAULT_MAX_REQUEST_BYTES);
    }

    /** True when SPARQL Update and the graph store are enabled (behind a password). */
    public boolean allowsUpdate() { return updatePasswordFile != null; }

    /** True when the server answers on the loopback interface only. */
    public boolean loopbackOnly() { return host.equals(LOCALHOST); }

    /** True when the server answers on every interface. */
    public boolean anyInterface() { return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]"); }

    public ServerSettings withIris(IriScheme v)         { return new ServerSettings(db, v, port, host, timeoutMillis, allowService, updatePasswordFile, corsOrigins, maxRequestBytes); }
    public ServerSettings withPort(int v)               { return new ServerSettings(db, iris, v, host, timeoutMillis, allowService, updatePasswordFile, corsOrigins, maxRequestBytes); }
    public ServerSettings withHost(String v)            { return new ServerSettings(db, iris, port, v, timeoutMillis, allowService, updatePasswordFile, corsOrigins, maxRequestBytes); }
    public ServerSettings withTimeoutMillis(long v)     { return new ServerSettings(db, iris, port, host, v, allowService, updatePasswordFile, corsOrigins, maxRequestBytes); }
    public ServerSettings withService(boolean v)        { return new ServerSettings(db, iris, port, host, timeoutMillis, v, updatePasswordFile, corsOrigins, maxRequestBytes); }
    public ServerSettings withUpdate(Path passwordFile) { return new ServerSettings(db, iris, port, host, timeoutMillis, allowService, passwordFile, corsOrigins, maxRequestBytes); }
    public ServerSettings withCors(List<String> v)      { return new ServerSettings(db, iris, port, host, timeoutMillis, allowService, updatePasswordFile, v, maxRequestBytes); }
    public ServerSettings withMaxRequestBytes(long v)   { return new ServerSettings(db, iris, port, host, timeoutMillis, allowService, updatePasswordFile, corsOrigins, v); }
}
