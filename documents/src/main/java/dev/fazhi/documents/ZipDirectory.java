package dev.fazhi.documents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The names and declared sizes in a zip archive's central directory, read from the bytes without
 * inflating anything, to tell a Word file from an OFD file or another zip, and to refuse a zip bomb
 * that declares its sizes before a byte is inflated. Bounded: at most {@link #MAX_ENTRIES} entries are
 * listed; a damaged directory gives what could be read.
 */
final class ZipDirectory {

  /** More entries than any Word file has (a report has a few dozen parts and pictures). */
  static final int MAX_ENTRIES = 10_000;

  /** One entry: its name, its compression method and its declared sizes (-1 where zip64 defers them). */
  record Entry(String name, int method, long compressed, long size) {}

  private final List<Entry> entries;

  private ZipDirectory(List<Entry> entries) {
    this.entries = entries;
  }

  List<Entry> entries() {
    return entries;
  }

  boolean has(String name) {
    for (Entry e : entries) {
      if (e.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  boolean hasPrefix(String prefix) {
    for (Entry e : entries) {
      if (e.name().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads the central directory: the end record is found by scanning back from the end (it is at most
   * 65 535 + 22 bytes from it), then each directory record is read in turn.
   */
  static ZipDirectory read(byte[] b) {
    int eocd = -1;
    int stop = Math.max(0, b.length - 22 - 65_535);
    for (int i = b.length - 22; i >= stop; i--) {
      if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      return new ZipDirectory(Collections.emptyList());
    }
    int count = u16(b, eocd + 10);
    long offset = u32(b, eocd + 16);
    List<Entry> out = new ArrayList<>(Math.min(count, MAX_ENTRIES));
    long p = offset;
    for (int k = 0; k < count && k < MAX_ENTRIES; k++) {
      if (p < 0 || p + 46 > b.length) {
        break;
      }
      int i = (int) p;
      if (!(b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2)) {
        break;
      }
      int method = u16(b, i + 10);
      long compressed = u32(b, i + 20);
      long size = u32(b, i + 24);
      int nameLength = u16(b, i + 28);
      int extra = u16(b, i + 30);
      int comment = u16(b, i + 32);
      if (i + 46 + nameLength > b.length) {
        break;
      }
      String name = new String(b, i + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8);
      out.add(new Entry(name, method, compressed == 0xFFFFFFFFL ? -1 : compressed,
          size == 0xFFFFFFFFL ? -1 : size));
      p = (long) i + 46 + nameLength + extra + comment;
    }
    return new ZipDirectory(out);
  }

  private static int u16(byte[] b, int i) {
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int i) {
    return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24;
  }
}
