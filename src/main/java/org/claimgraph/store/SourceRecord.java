package org.claimgraph.store;

import java.time.Instant;

/**
 * A transcript's entry in the manifest graph: what was loaded, from which bytes, when and by which version.
 *
 * @param sourcePath  the transcript's name as loaded (path relative to the loaded folder, or file name)
 * @param contentHash SHA-256 of the file's bytes; an unchanged hash means the file need not be extracted again
 * @param byteSize    the file's size in bytes
 * @param readAs      the reader and encoding, e.g. "srt, UTF-8"
 * @param loadedAt    when the graph was written
 * @param version     the ClaimGraph version that wrote it
 */
public record SourceRecord(String sourcePath, String contentHash, long byteSize, String readAs, Instant loadedAt, String version) {}
