package dev.fazhi.validation.corpus;

import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.internal.Digits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the corpus checks keep of one report: its source, issuer and year, a hash and a MinHash sketch
 * of its whole text, the passages of 100 characters or more (line, length, a short quote and, once the
 * common wording is known, the 16-bit fingerprints of their uncommon shingles), the figures it states by subject
 * and the changes on the previous year it states. Never the text.
 *
 * <p>Made by {@link CorpusCheck#digest}, on any thread; handed to {@link CorpusCheck#add} in a fixed
 * order. Size: about 200 bytes, plus per passage of 100 characters or more some 60 bytes and 2 per character of wording of its own (common wording is not kept), plus 24 per figure (a passage in two arrays per report, not three objects per passage); a report read while the
 * common wording is still being learned also holds its shingle hashes (8 bytes per character) until
 * that ends.
 */
public final class ReportDigest {

  /** A passage needs this many characters, punctuation included. */
  static final int MIN_PASSAGE = 100;
  private static final int QUOTE = 20;

  final String source;
  final Role role;
  final String issuer;
  final OrganName organ;
  final int year;
  final String title;
  final long textHash;
  final int keptChars;
  final char[] sketch;
  /** The passages kept: all passages until fingerprinted, then those with wording enough of their own. */
  int passageCount;
  /**
   * Once fingerprinted, {@value #INFO} ints per passage: its line, its length in kept characters, where
   * its fingerprints end in {@link #passageData} and where its quote ends there.
   */
  int[] passageInfo;
  /**
   * Once fingerprinted, every passage's uncommon shingles as sorted, distinct 16-bit fingerprints (2
   * bytes per shingle), passage after passage, then every passage's quote: two arrays per report
   * rather than three objects per passage, which the garbage collector would trace at every marking.
   */
  char[] passageData;
  /** The passages as read, until the common wording is known; then null. */
  Raw raw;
  /** The report's distinct shingles, for learning the common wording; null when not needed. */
  long[] distinctShingles;
  final FigureTable figures;
  final List<ChangeClaim> claims;

  static final int INFO = 4;

  /** The passages of a report read while the common wording was being learned. */
  static final class Raw {
    final int[] lines;
    final int[] chars;
    final String[] quotes;
    /** Each passage's shingle hashes, in order. */
    final long[][] shingles;

    Raw(int[] lines, int[] chars, String[] quotes, long[][] shingles) {
      this.lines = lines;
      this.chars = chars;
      this.quotes = quotes;
      this.shingles = shingles;
    }
  }

  private ReportDigest(Builder b) {
    this.source = b.source;
    this.role = b.role;
    this.issuer = b.issuer;
    this.organ = b.organ;
    this.year = b.year;
    this.title = b.title;
    this.textHash = b.textHash;
    this.keptChars = b.keptChars;
    this.sketch = b.sketch;
    this.passageCount = b.passageCount;
    this.passageInfo = b.passageInfo;
    this.passageData = b.passageData;
    this.raw = b.raw;
    this.distinctShingles = b.distinct;
    this.figures = b.figures;
    // Only a checked report's changes are checked; history keeps its figures, not its claims.
    this.claims = b.role == Role.CHECKED && !b.claims.isEmpty() ? List.copyOf(b.claims) : List.of();
  }

  /**
   * A kept passage's line. Only once fingerprinted.
   *
   * @param p the passage's index
   * @return its line
   */
  int passageLine(int p) {
    return passageInfo[INFO * p];
  }

  /**
   * A kept passage's length in kept characters. Only once fingerprinted.
   *
   * @param p the passage's index
   * @return its length
   */
  int passageChars(int p) {
    return passageInfo[INFO * p + 1];
  }

  /**
   * Where a kept passage's fingerprints start in {@link #passageData}.
   *
   * @param p the passage's index
   * @return the offset
   */
  int printsFrom(int p) {
    return p == 0 ? 0 : passageInfo[INFO * (p - 1) + 2];
  }

  /**
   * Where a kept passage's fingerprints end in {@link #passageData} (exclusive).
   *
   * @param p the passage's index
   * @return the offset
   */
  int printsTo(int p) {
    return passageInfo[INFO * p + 2];
  }

  /**
   * A kept passage's quote: its first 20 characters. Only once fingerprinted.
   *
   * @param p the passage's index
   * @return the quote
   */
  String passageQuote(int p) {
    int from = p == 0 ? passageInfo[INFO * (passageCount - 1) + 2] : passageInfo[INFO * (p - 1) + 3];
    return new String(passageData, from, passageInfo[INFO * p + 3] - from);
  }

  /**
   * A kept passage's fingerprints, as a new array. Only once fingerprinted.
   *
   * @param p the passage's index
   * @return the sorted, distinct fingerprints
   */
  char[] passagePrints(int p) {
    return Arrays.copyOfRange(passageData, printsFrom(p), printsTo(p));
  }

  /**
   * Whether the passages have been fingerprinted.
   *
   * @return true once the raw shingles are gone
   */
  boolean fingerprinted() {
    return raw == null;
  }

  /**
   * Where the report came from, as given.
   *
   * @return the source
   */
  public String getSource() {
    return source;
  }

  /**
   * Whether the report is checked or history.
   *
   * @return the role
   */
  public Role getRole() {
    return role;
  }

  /**
   * Reads a report.
   *
   * @param report the report
   * @param source its name in findings
   * @param role checked or history
   * @param table the organs' names
   * @param common the common wording once learned (then the passages are fingerprinted at once), or
   *     null while it is being learned (then the report's distinct shingles and its passages' raw
   *     shingles are kept)
   * @param minimumOwn the fewest uncommon shingles a passage needs to be compared
   * @param scratch working arrays, used by this call alone while it runs
   * @return the digest
   */
  static ReportDigest of(Report report, String source, Role role, OrganTable table, CommonWording common,
      int minimumOwn, Scratch scratch) {
    Builder b = new Builder();
    b.source = source;
    b.role = role;
    b.issuer = report.getIssuer().map(i -> i.getName()).orElse(null);
    b.organ = b.issuer == null ? null : OrganName.parse(b.issuer, table);
    b.year = report.getReportingYear().orElse(0);
    b.title = report.getTitle().orElse("");
    boolean learning = common == null;
    ShingleLoop loop = scratch.loop.reset(learning);
    Packer packer = learning ? null : scratch.packer.reset(minimumOwn);
    List<Integer> rawLines = learning ? new ArrayList<>() : null;
    List<Integer> rawChars = learning ? new ArrayList<>() : null;
    List<String> rawQuotes = learning ? new ArrayList<>() : null;
    List<long[]> rawShingles = learning ? new ArrayList<>() : null;
    FigureCollector figures = scratch.figures.reset(b.claims);
    for (Paragraph paragraph : report.allParagraphs()) {
      String text = paragraph.getText();
      SourceLocation location = paragraph.getLocation().orElse(null);
      int line = location == null ? 0 : location.getLine();
      int column = location == null ? 1 : location.getColumn();
      int n = text.length();
      char[] chars = scratch.chars(n);
      // The characters copied out once: indexing an array costs less than String.charAt, which checks
      // the string's coder and the index at every character (C1 does not intrinsify it).
      text.getChars(0, n, chars, 0);
      boolean passage = n >= MIN_PASSAGE && strippedLength(chars, n) >= MIN_PASSAGE;
      int keptHere = loop.paragraph(chars, n, scratch.buffer(n));
      if (passage) {
        if (learning) {
          rawLines.add(line);
          rawChars.add(keptHere);
          rawQuotes.add(quote(text));
          rawShingles.add(Arrays.copyOf(loop.buffer, loop.count));
        } else {
          packer.add(loop.buffer, loop.count, common, line, keptHere, text);
        }
      }
      // The shingle loop noted the first digit: a paragraph without one states no figure, and none
      // can start before it (DigestFastPathsTest checks this against scanning the whole paragraph).
      if (loop.firstDigit >= 0) {
        figures.line = line;
        FigureScanner.scan(chars, n, loop.firstDigit, loop.lastDigit + 1, line, column, figures);
      }
    }
    b.textHash = loop.textHash;
    b.keptChars = loop.kept;
    b.sketch = loop.whole.sketch();
    b.distinct = learning ? loop.distinct() : null;
    b.figures = figures.table.build();
    if (learning) {
      b.passageCount = rawLines.size();
      b.raw = new Raw(rawLines.stream().mapToInt(Integer::intValue).toArray(),
          rawChars.stream().mapToInt(Integer::intValue).toArray(), rawQuotes.toArray(new String[0]),
          rawShingles.toArray(new long[0][]));
    } else {
      packer.finish(b);
    }
    return new ReportDigest(b);
  }

  /**
   * The length of the characters as {@code String.strip()} would leave them: no supplementary code
   * point is white space, so testing each UTF-16 unit with {@code Character.isWhitespace(char)} strips
   * what {@code strip()} strips, without a new string.
   *
   * @param chars the characters
   * @param n how many count
   * @return the length without leading and trailing white space
   */
  static int strippedLength(char[] chars, int n) {
    int from = 0;
    int to = n;
    while (from < to && Character.isWhitespace(chars[from])) {
      from++;
    }
    while (to > from && Character.isWhitespace(chars[to - 1])) {
      to--;
    }
    return to - from;
  }

  /**
   * The shingles of a report's paragraphs, one paragraph at a time: {@link Shingles#scan} written out,
   * so that a shingle costs no call through a sink, and kept in small methods, each one loop, so that
   * C2 compiles them cheaply and never on-stack-replaces the whole digest. Keeps the report's hash, its
   * MinHash, its kept characters and (while learning) its distinct shingles; per paragraph the shingle
   * hashes in order and where the first digit is. One per thread, reset per digest.
   */
  static final class ShingleLoop {
    long textHash;
    int kept;
    MinHash whole;
    /** While learning: whether the report's shingles are gathered in {@link #all}. */
    boolean learning;
    /**
     * While learning, the report's shingle hashes so far, in order: the first {@link #allCount}. The
     * distinct set is made from them once, sized for them all, rather than grown (and rehashed) as the
     * paragraphs come.
     */
    private long[] all = new long[1024];
    private int allCount;
    /** The last paragraph's shingle hashes, in order: the first {@link #count}. */
    long[] buffer;
    int count;
    /** Where the last paragraph's first digit is ({@code Digits.isDigit}), or -1. */
    int firstDigit;
    /** Where the last paragraph's last digit is, or -1. */
    int lastDigit;

    ShingleLoop reset(boolean learning) {
      textHash = 0x51ED270B27A1B5C3L;
      kept = 0;
      whole = new MinHash();
      this.learning = learning;
      allCount = 0;
      if (all.length > Scratch.KEPT) {
        all = new long[1024];
      }
      return this;
    }

    /**
     * Takes one paragraph's shingles.
     *
     * @param chars the paragraph's characters
     * @param n how many count
     * @param buffer room for {@code n} shingles
     * @return the paragraph's kept characters
     */
    int paragraph(char[] chars, int n, long[] buffer) {
      this.buffer = buffer;
      int keptHere = hashes(chars, n, buffer);
      if (learning) {
        if (all.length < allCount + count) {
          all = Arrays.copyOf(all, Math.max(allCount + count, 2 * all.length));
        }
        System.arraycopy(buffer, 0, all, allCount, count);
        allCount += count;
      }
      kept += keptHere;
      return keptHere;
    }

    /**
     * The report's distinct shingle hashes, while learning: a set sized for all its shingles at once, so
     * that it never grows. The order of the array differs from that of a set grown as the shingles came;
     * {@link CommonWording#count} adds one per hash and does not depend on it
     * ({@code DigestFastPathsTest} checks the set against the shingles of {@link Shingles#scan}).
     *
     * @return the distinct hashes, each once
     */
    long[] distinct() {
      // twice the shingles, so that the set's slots stay at most half full without growing
      LongSet set = new LongSet(2 * allCount);
      long[] hashes = all;
      for (int i = 0; i < allCount; i++) {
        set.add(hashes[i]);
      }
      return set.toArray();
    }

    /**
     * The rolling hash over the kept characters: each shingle's hash into the buffer, the report's hash
     * and MinHash, its count into {@link #count}, the first digit into {@link #firstDigit}. One loop:
     * under C1 a second pass over the buffer for the MinHash and the hash cost more than it saved.
     */
    private int hashes(char[] chars, int n, long[] buffer) {
      long[] minima = whole.minima();
      long hash = textHash;
      int shingles = 0;
      int digit = -1;
      int last = -1;
      long rolling = 0;
      // The last five kept characters: c1 the oldest, the four after it in one long (16 bits each, the
      // newest lowest): two registers rather than five, which C1 would spill.
      long c1 = 0;
      long newer = 0;
      // The first K - 1 kept characters make no shingle; after them each kept character makes one, so
      // the second loop needs no count of kept characters and no test whether a shingle is complete.
      int warm = 0;
      int i = 0;
      for (; i < n && warm < Shingles.K - 1; i++) {
        char c = chars[i];
        // Shingles.kept, its Han test first (one unsigned comparison); every digit is kept, and is
        // outside the Han block.
        if ((char) (c - '\u4E00') > '\u9FFF' - '\u4E00') {
          if (!Shingles.keptOutsideHan(c)) {
            continue;
          }
          if (Digits.isDigit(c)) {
            if (digit < 0) {
              digit = i;
            }
            last = i;
          }
        }
        rolling = rolling * Shingles.BASE + c; // nothing to take away yet: c1 stays 0
        newer = (newer << 16) | c;
        warm++;
      }
      for (; i < n; i++) {
        char c = chars[i];
        // the same test as above
        if ((char) (c - '\u4E00') > '\u9FFF' - '\u4E00') {
          if (!Shingles.keptOutsideHan(c)) {
            continue;
          }
          if (Digits.isDigit(c)) {
            if (digit < 0) {
              digit = i;
            }
            last = i;
          }
        }
        // c1 is 0 until five characters were kept, so taking it away needs no test.
        rolling = rolling * Shingles.BASE + c - c1 * Shingles.BASE_POW_K;
        c1 = newer >>> 48;
        newer = (newer << 16) | c;
        long shingle = Shingles.mix(rolling);
        buffer[shingles++] = shingle;
        hash = hash * 0x100000001B3L + shingle;
        // MinHash.add written out
        int bin = MinHash.bin(shingle);
        long rest = shingle & MinHash.REST;
        if (rest < minima[bin]) {
          minima[bin] = rest;
        }
      }
      int keptHere = warm + shingles;
      whole.added(shingles);
      textHash = hash;
      count = shingles;
      firstDigit = digit;
      lastDigit = last;
      return keptHere;
    }

  }

  /** Takes a report's figures into its table and its changes into a list, as the scanner finds them. */
  private static final class FigureCollector implements FigureScanner.Sink {
    final FigureTable.Builder table = new FigureTable.Builder();
    private List<ChangeClaim> claims;
    /** The line of the paragraph being scanned. */
    int line;

    /** Empties the collector for another report, keeping the table's arrays. */
    FigureCollector reset(List<ChangeClaim> claims) {
      this.claims = claims;
      table.reset();
      return this;
    }

    @Override
    public void figure(char[] text, int subjectFrom, int subjectTo, long subjectHash, int unit, long unscaled,
        int scale, BigDecimal value, int end) {
      if (value == null) {
        table.add(subjectTo - subjectFrom, subjectHash, unscaled, scale, unit, line);
      } else {
        table.add(new StatedFigure(new String(text, subjectFrom, subjectTo - subjectFrom), value,
            FigureScanner.UNITS.get(unit), end), line);
      }
    }

    @Override
    public void claim(ChangeClaim claim) {
      claims.add(claim);
    }
  }

  /**
   * Keeps each passage's uncommon shingles as fingerprints, and lets go of the raw shingles. Does
   * nothing when done already.
   *
   * @param common the common wording
   * @param minimumOwn the fewest uncommon shingles a passage needs to be compared
   */
  void fingerprintPassages(CommonWording common, int minimumOwn) {
    if (raw == null) {
      return;
    }
    Packer packer = new Packer(minimumOwn);
    for (int p = 0; p < passageCount; p++) {
      long[] shingles = raw.shingles[p];
      packer.add(shingles, shingles.length, common, raw.lines[p], raw.chars[p], raw.quotes[p], true);
    }
    Builder b = new Builder();
    packer.finish(b);
    passageCount = b.passageCount;
    passageInfo = b.passageInfo;
    passageData = b.passageData;
    raw = null;
    distinctShingles = null;
  }

  /**
   * Working arrays for {@link #of}, kept between digests so that a digest allocates little more than
   * what it keeps (the shingle buffer, the characters, the packer's arrays and its 8 KB of bits were
   * some 30 KB a report of garbage). Owned by a {@link CorpusCheck}, which lends one to each digest
   * running at once (not a thread-local: a library's thread-local would hold them, and its classes, on
   * every thread of a server's pool after the check is gone). Used by one call at a time.
   */
  static final class Scratch {
    /** Buffers up to this many entries are kept for the next digest; longer ones are let go. */
    static final int KEPT = 1 << 16;
    private long[] buffer = new long[256];
    private char[] chars = new char[256];
    final Packer packer = new Packer(0);
    final ShingleLoop loop = new ShingleLoop();
    final FigureCollector figures = new FigureCollector();

    /** Room for {@code n} characters; a longer paragraph's array is kept only up to {@link #KEPT}. */
    char[] chars(int n) {
      if (chars.length >= n) {
        return chars;
      }
      char[] grown = new char[Math.max(n, 2 * chars.length)];
      if (grown.length <= KEPT) {
        chars = grown;
      }
      return grown;
    }

    /** Room for {@code n} shingle hashes; kept as {@link #chars(int)} is. */
    long[] buffer(int n) {
      if (buffer.length >= n) {
        return buffer;
      }
      long[] grown = new long[Math.max(n, 2 * buffer.length)];
      if (grown.length <= KEPT) {
        buffer = grown;
      }
      return grown;
    }
  }

  /**
   * Fingerprints passages one after the other and packs those with wording enough of their own: their
   * line, length, fingerprints and quote. Not thread-safe; one per digest.
   */
  private static final class Packer {
    private int minimumOwn;
    private int count;
    private int[] info = new int[INFO * 8];
    private char[] prints = new char[1024];
    private int printsEnd;
    private final StringBuilder quotes = new StringBuilder();
    private char[] own = new char[256];
    private long[] bits;

    Packer(int minimumOwn) {
      this.minimumOwn = minimumOwn;
    }

    /** Empties the packer for another report, keeping its arrays (the bits are clear between uses). */
    Packer reset(int minimumOwn) {
      this.minimumOwn = minimumOwn;
      count = 0;
      printsEnd = 0;
      quotes.setLength(0);
      if (prints.length > Scratch.KEPT) {
        prints = new char[1024];
      }
      if (own.length > Scratch.KEPT) {
        own = new char[256];
      }
      return this;
    }

    void add(long[] shingles, int n, CommonWording common, int line, int chars, String text) {
      add(shingles, n, common, line, chars, text, false);
    }

    /**
     * Fingerprints one passage's shingles; keeps it when enough are uncommon.
     *
     * @param shingles the passage's shingle hashes
     * @param n how many count
     * @param common the common wording
     * @param line the passage's line
     * @param chars its kept characters
     * @param text its text, or its quote when {@code isQuote}
     * @param isQuote whether {@code text} is the quote already
     */
    void add(long[] shingles, int n, CommonWording common, int line, int chars, String text,
        boolean isQuote) {
      if (own.length < n) {
        own = new char[Math.max(n, 2 * own.length)];
      }
      int m = 0;
      long[] commonBits = common.bits();
      char[] out = own;
      // Every fingerprint is written; only an uncommon one is counted, so the next overwrites a common
      // one: no branch on commonness, which is hard to predict (DigestFastPathsTest checks the bit).
      for (int i = 0; i < n; i++) {
        long hash = shingles[i];
        out[m] = fingerprint(hash);
        m += CommonWording.uncommonBit(commonBits, hash);
      }
      if (m < minimumOwn) {
        return; // mostly common wording: never compared, so nothing to sort or keep
      }
      if (bits == null) {
        bits = new long[BITS_WORDS];
      }
      if (prints.length < printsEnd + m) {
        prints = Arrays.copyOf(prints, Math.max(printsEnd + m, 2 * prints.length));
      }
      int distinct = distinctSortedInto(own, m, bits, prints, printsEnd);
      if (distinct < minimumOwn) {
        return;
      }
      printsEnd += distinct;
      if (info.length < INFO * (count + 1)) {
        info = Arrays.copyOf(info, 2 * info.length);
      }
      quotes.append(isQuote ? text : quote(text));
      info[INFO * count] = line;
      info[INFO * count + 1] = chars;
      info[INFO * count + 2] = printsEnd;
      info[INFO * count + 3] = quotes.length(); // where the quotes start is known only at the end
      count++;
    }

    void finish(Builder b) {
      b.passageCount = count;
      if (count == 0) {
        b.passageInfo = NO_INTS;
        b.passageData = NO_CHARS;
        return;
      }
      b.passageInfo = Arrays.copyOf(info, INFO * count);
      for (int p = 0; p < count; p++) {
        b.passageInfo[INFO * p + 3] += printsEnd;
      }
      char[] data = Arrays.copyOf(prints, printsEnd + quotes.length());
      quotes.getChars(0, quotes.length(), data, printsEnd);
      b.passageData = data;
    }
  }

  private static final int[] NO_INTS = new int[0];
  private static final char[] NO_CHARS = new char[0];
  /** 65 536 bits, one per fingerprint, then 1 024 bits, one per word of those that is not zero. */
  static final int BITS_WORDS = (1 << 10) + (1 << 4);

  /**
   * The distinct values of an array's first {@code n}, sorted: O(n log n).
   *
   * @param values the values (sorted in place)
   * @param n how many count
   * @return a new array
   */
  static char[] distinctSorted(char[] values, int n) {
    Arrays.sort(values, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || values[i] != values[distinct - 1]) {
        values[distinct++] = values[i];
      }
    }
    return Arrays.copyOf(values, distinct);
  }

  /**
   * The same as {@link #distinctSorted(char[], int)}, by a bit per possible value instead of a sort:
   * O(n + 16). The bits must be clear; they are clear again on return.
   *
   * @param values the values (not changed)
   * @param n how many count
   * @param bits {@link #BITS_WORDS} clear longs
   * @return a new array
   */
  static char[] distinctSorted(char[] values, int n, long[] bits) {
    char[] out = new char[n];
    int distinct = distinctSortedInto(values, n, bits, out, 0);
    return Arrays.copyOf(out, distinct);
  }

  /**
   * Writes the distinct values of an array's first {@code n}, sorted, to {@code out} from {@code at}:
   * a bit per possible value (65 536), and a bit per word of those that is set, so that only the words
   * holding values are visited: O(n + 16). The bits must be clear; they are clear again on return.
   *
   * @param values the values (not changed)
   * @param n how many count
   * @param bits {@link #BITS_WORDS} clear longs
   * @param out where to write, with room for {@code n} from {@code at}
   * @param at the first index written
   * @return how many were written
   */
  static int distinctSortedInto(char[] values, int n, long[] bits, char[] out, int at) {
    final int summary = 1 << 10;
    for (int i = 0; i < n; i++) {
      char v = values[i];
      int w = v >>> 6;
      bits[w] |= 1L << v;
      bits[summary + (w >>> 6)] |= 1L << w;
    }
    int k = at;
    for (int s = 0; s < 1 << 4; s++) {
      long words = bits[summary + s];
      if (words == 0) {
        continue;
      }
      bits[summary + s] = 0;
      while (words != 0) {
        int w = (s << 6) | Long.numberOfTrailingZeros(words);
        words &= words - 1;
        long word = bits[w];
        bits[w] = 0;
        while (word != 0) {
          out[k++] = (char) ((w << 6) | Long.numberOfTrailingZeros(word));
          word &= word - 1;
        }
      }
    }
    return k - at;
  }

  /**
   * A shingle's 16-bit fingerprint: the top bits of its hash.
   *
   * @param hash the shingle's hash
   * @return the fingerprint
   */
  static char fingerprint(long hash) {
    return (char) (hash >>> 48);
  }

  private static String quote(String text) {
    String stripped = text.strip();
    return stripped.length() <= QUOTE ? stripped : stripped.substring(0, QUOTE) + "…";
  }

  @Override
  public String toString() {
    return source + " (" + issuer + ", " + year + ", " + role + ")";
  }

  private static final class Builder {
    String source;
    Role role;
    String issuer;
    OrganName organ;
    int year;
    String title;
    long textHash;
    int keptChars;
    char[] sketch;
    long[] distinct;
    FigureTable figures;
    int passageCount;
    int[] passageInfo;
    char[] passageData;
    Raw raw;
    final List<ChangeClaim> claims = new ArrayList<>();
  }

  /** An open-addressing set of longs: expected O(1) per add. */
  static final class LongSet {
    private long[] slots;
    private boolean hasZero;
    private int size;

    LongSet(int capacity) {
      slots = new long[Integer.highestOneBit(Math.max(16, capacity) * 2)];
    }

    void add(long value) {
      addNew(value);
    }

    /**
     * Adds a value.
     *
     * @param value the value
     * @return true when it was not there yet
     */
    boolean addNew(long value) {
      if (value == 0) {
        if (hasZero) {
          return false;
        }
        hasZero = true;
        size++;
        return true;
      }
      if (size * 2 >= slots.length) {
        grow();
      }
      return insert(value);
    }

    private boolean insert(long value) {
      int mask = slots.length - 1;
      int i = (int) Shingles.mix(value) & mask;
      while (slots[i] != 0) {
        if (slots[i] == value) {
          return false;
        }
        i = (i + 1) & mask;
      }
      slots[i] = value;
      size++;
      return true;
    }

    private void grow() {
      long[] old = slots;
      slots = new long[old.length * 2];
      size = hasZero ? 1 : 0;
      for (long value : old) {
        if (value != 0) {
          insert(value);
        }
      }
    }

    long[] toArray() {
      long[] out = new long[size];
      int k = 0;
      if (hasZero) {
        out[k++] = 0;
      }
      for (long value : slots) {
        if (value != 0) {
          out[k++] = value;
        }
      }
      return out;
    }
  }
}
