package dev.fazhi.validation.corpus;

import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.SourceLocation;
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
 * order. Size: about 200 bytes, plus per passage of 100 characters or more some 60 bytes and 2 per character of wording of its own (common wording is not kept), plus 22 per figure; a report read while the
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
  /** The passages' lines, lengths and quotes: all passages until fingerprinted, then the kept ones. */
  int passageCount;
  int[] passageLines;
  int[] passageChars;
  String[] passageQuotes;
  /** Raw shingle hashes of each passage, until the common wording is known; then null. */
  long[][] passageShingles;
  /**
   * The passages' uncommon shingles as sorted, distinct 16-bit fingerprints (2 bytes per shingle); null
   * for a passage with too little wording of its own.
   */
  char[][] passagePrints;
  /** The report's distinct shingles, for learning the common wording; null when not needed. */
  long[] distinctShingles;
  final FigureTable figures;
  final List<ChangeClaim> claims;

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
    this.passageCount = b.lines.size();
    this.passageLines = b.lines.stream().mapToInt(Integer::intValue).toArray();
    this.passageChars = b.chars.stream().mapToInt(Integer::intValue).toArray();
    this.passageQuotes = b.quotes.toArray(new String[0]);
    this.passageShingles = b.shingles.toArray(new long[0][]);
    this.distinctShingles = b.distinct;
    this.figures = b.figures;
    // Only a checked report's changes are checked; history keeps its figures, not its claims.
    this.claims = b.role == Role.CHECKED ? List.copyOf(b.claims) : List.of();
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
   * @param learning whether the common wording is still being learned (then the report's distinct
   *     shingles are kept)
   * @return the digest
   */
  static ReportDigest of(Report report, String source, Role role, OrganTable table, boolean learning) {
    Builder b = new Builder();
    b.source = source;
    b.role = role;
    b.issuer = report.getIssuer().map(i -> i.getName()).orElse(null);
    b.organ = b.issuer == null ? null : OrganName.parse(b.issuer, table);
    b.year = report.getReportingYear().orElse(0);
    b.title = report.getTitle().orElse("");
    MinHash whole = new MinHash();
    LongSet distinct = learning ? new LongSet(1024) : null;
    long textHash = 0x51ED270B27A1B5C3L;
    FigureTable.Builder figures = new FigureTable.Builder();
    int kept = 0;
    long[] buffer = new long[256];
    for (Paragraph paragraph : report.allParagraphs()) {
      String text = paragraph.getText();
      SourceLocation location = paragraph.getLocation().orElse(null);
      int line = location == null ? 0 : location.getLine();
      int column = location == null ? 1 : location.getColumn();
      boolean passage = text.length() >= MIN_PASSAGE && text.strip().length() >= MIN_PASSAGE;
      if (buffer.length < text.length()) {
        buffer = new long[Math.max(text.length(), 2 * buffer.length)];
      }
      // Shingles.scan written out, so that each shingle costs no call through a sink: the rolling
      // hash, the whole text's sketch and hash, the passage's shingles and, while learning, the set.
      int chars = 0;
      int count = 0;
      long rolling = 0;
      char c1 = 0;
      char c2 = 0;
      char c3 = 0;
      char c4 = 0;
      char c5 = 0; // the last five kept characters, c5 the newest
      for (int i = 0, n = text.length(); i < n; i++) {
        char c = text.charAt(i);
        if (!Shingles.kept(c)) {
          continue;
        }
        rolling = rolling * Shingles.BASE + c;
        if (chars >= Shingles.K) {
          rolling -= c1 * Shingles.BASE_POW_K;
        }
        c1 = c2;
        c2 = c3;
        c3 = c4;
        c4 = c5;
        c5 = c;
        chars++;
        if (chars >= Shingles.K) {
          long hash = Shingles.mix(rolling);
          whole.add(hash);
          textHash = textHash * 0x100000001B3L + hash;
          buffer[count++] = hash;
          if (distinct != null) {
            distinct.add(hash);
          }
        }
      }
      kept += chars;
      if (passage) {
        b.lines.add(line);
        b.chars.add(chars);
        b.quotes.add(quote(text));
        b.shingles.add(Arrays.copyOf(buffer, count));
      }
      if (FigureScanner.mayState(text)) {
        FigureScanner.Found found = FigureScanner.scan(text, line, column);
        for (StatedFigure figure : found.figures()) {
          figures.add(figure, line);
        }
        b.claims.addAll(found.claims());
      }
    }
    b.textHash = textHash;
    b.keptChars = kept;
    b.sketch = whole.sketch();
    b.distinct = distinct == null ? null : distinct.toArray();
    b.figures = figures.build();
    return new ReportDigest(b);
  }

  /**
   * Keeps each passage's uncommon shingles as fingerprints, and lets go of the raw shingles.
   *
   * @param common the common wording
   * @param minimumOwn the fewest uncommon shingles a passage needs to be compared
   */
  void fingerprintPassages(CommonWording common, int minimumOwn) {
    if (passagePrints != null) {
      return;
    }
    char[][] prints = new char[passageCount][];
    int kept = 0;
    char[] own = new char[0];
    long[] bits = null;
    for (int p = 0; p < passageCount; p++) {
      long[] shingles = passageShingles[p];
      if (own.length < shingles.length) {
        own = new char[Math.max(shingles.length, 2 * own.length)];
      }
      int n = 0;
      for (long hash : shingles) {
        if (!common.isCommon(hash)) {
          own[n++] = fingerprint(hash);
        }
      }
      if (n < minimumOwn) {
        continue; // mostly common wording: never compared, so nothing to sort or keep
      }
      if (bits == null) {
        bits = new long[1 << 10];
      }
      char[] distinct = distinctSorted(own, n, bits);
      if (distinct.length >= minimumOwn) {
        prints[kept] = distinct;
        passageLines[kept] = passageLines[p];
        passageChars[kept] = passageChars[p];
        passageQuotes[kept] = passageQuotes[p];
        kept++;
      }
    }
    // Only the passages that can be compared stay: their line, length, quote and fingerprints.
    passageCount = kept;
    passageLines = Arrays.copyOf(passageLines, kept);
    passageChars = Arrays.copyOf(passageChars, kept);
    passageQuotes = Arrays.copyOf(passageQuotes, kept);
    passagePrints = Arrays.copyOf(prints, kept);
    passageShingles = null;
    distinctShingles = null;
  }

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
   * O(n + 1024). The bits must be clear; they are clear again on return.
   *
   * @param values the values (not changed)
   * @param n how many count
   * @param bits 65 536 clear bits, as 1 024 longs
   * @return a new array
   */
  static char[] distinctSorted(char[] values, int n, long[] bits) {
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      char v = values[i];
      long bit = 1L << v;
      long word = bits[v >>> 6];
      if ((word & bit) == 0) {
        bits[v >>> 6] = word | bit;
        distinct++;
      }
    }
    char[] out = new char[distinct];
    int k = 0;
    for (int w = 0; k < distinct; w++) {
      long word = bits[w];
      if (word == 0) {
        continue;
      }
      bits[w] = 0;
      while (word != 0) {
        out[k++] = (char) ((w << 6) | Long.numberOfTrailingZeros(word));
        word &= word - 1;
      }
    }
    return out;
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
    final List<Integer> lines = new ArrayList<>();
    final List<Integer> chars = new ArrayList<>();
    final List<String> quotes = new ArrayList<>();
    final List<long[]> shingles = new ArrayList<>();
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
