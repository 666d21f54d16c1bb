package dev.fazhi.documents;

import java.util.List;

/** The entries a zip archive's directory declares, for the readers of zip-based formats. */
public final class ZipEntries {

  private ZipEntries() {}

  /**
   * One entry.
   *
   * @param name the entry's name
   * @param method its compression method (0 stored, 8 deflated)
   * @param compressed its declared compressed size, -1 where the archive defers it to zip64 records
   * @param size its declared size, likewise
   */
  public record Entry(String name, int method, long compressed, long size) {}

  /**
   * The entries of an archive, read from its central directory without inflating anything; at most
   * {@value ZipDirectory#MAX_ENTRIES}.
   *
   * @param zip the archive's bytes
   * @return the entries, empty when no directory can be read
   */
  public static List<Entry> list(byte[] zip) {
    return ZipDirectory.read(zip).entries().stream()
        .map(e -> new Entry(e.name(), e.method(), e.compressed(), e.size())).toList();
  }
}
