package dev.fazhi.core.read;

import java.util.List;

/**
 * What web pages and word processors leave in published texts, and the reader must not take for
 * content: navigation lines, publication lines and inline residue. The source text keeps all of it (the
 * validator reports it); paragraphs and headings do not.
 */
final class NoiseTable {

  /** What a noise line is. */
  enum Kind {
    /** Site navigation: {@code 当前位置:首页}. */
    NAVIGATION,
    /** A line of publication data: {@code 发布时间:2021-01-20 字体:【}; may carry the publication date. */
    PUBLICATION,
    /**
     * The rest of the page around a report: an accessibility bar, the site's name, a menu, the footer
     * ({@code 扫一扫在手机打开当前页}, {@code 网站标识码}, ICP numbers).
     */
    SITE,
    /** A line of the page's metadata block ({@code 索引号：… 发布机构：…}), read by {@link MetadataBlock}. */
    METADATA,
    /** What printing left in a text taken out of a PDF: page numbers, a running header or footer. */
    PAGE_MARK,
    /** A cover letter sent with the report: red-head, document number, salutation, the letter itself. */
    LETTER,
    /** The formula that closes a report ({@code 特此报告}): no content. */
    CLOSING
  }

  /**
   * A marker of a whole noise line.
   *
   * @param marker the text that marks the line
   * @param kind what the line is
   * @param prefixOnly true when the marker must open the line, false when it may stand anywhere in a
   *     short line
   */
  record LineEntry(String marker, Kind kind, boolean prefixOnly) {}

  /**
   * Residue inside a line, removed from content: from {@code open} to the first {@code close} within
   * {@code maxLength} characters; an empty close removes the opener alone.
   *
   * @param open the opening text
   * @param close the closing text, or empty
   * @param maxLength the longest residue
   * @param replacement what stands in its place: empty or a space
   */
  record InlineEntry(String open, String close, int maxLength, String replacement) {}

  /** The longest line that a marker anywhere in it makes a noise line. */
  static final int MAX_NOISE_LINE = 120;

  static final List<LineEntry> LINES = List.of(
      new LineEntry("当前位置", Kind.NAVIGATION, true),
      new LineEntry("您的位置", Kind.NAVIGATION, true),
      new LineEntry("您现在的位置", Kind.NAVIGATION, true),
      new LineEntry("您当前的位置", Kind.NAVIGATION, true),
      new LineEntry("首页>", Kind.NAVIGATION, true),
      new LineEntry("首页 >", Kind.NAVIGATION, true),
      new LineEntry("首页 ->", Kind.NAVIGATION, true),
      new LineEntry("网站首页", Kind.NAVIGATION, true),
      new LineEntry("发布时间", Kind.PUBLICATION, false),
      new LineEntry("发布日期", Kind.PUBLICATION, false),
      new LineEntry("发表时间", Kind.PUBLICATION, false),
      new LineEntry("字体:【", Kind.PUBLICATION, false),
      new LineEntry("字体：【", Kind.PUBLICATION, false),
      new LineEntry("字号：", Kind.PUBLICATION, false),
      new LineEntry("浏览次数", Kind.PUBLICATION, false),
      new LineEntry("阅读次数", Kind.PUBLICATION, false),
      new LineEntry("访问量", Kind.PUBLICATION, false),
      new LineEntry("点击数", Kind.PUBLICATION, false),
      new LineEntry("【打印", Kind.PUBLICATION, false),
      new LineEntry("【关闭", Kind.PUBLICATION, false),
      new LineEntry("打印本页", Kind.PUBLICATION, false),
      new LineEntry("关闭窗口", Kind.PUBLICATION, false),
      new LineEntry("分享到", Kind.PUBLICATION, true),
      new LineEntry("来源：", Kind.PUBLICATION, true),
      new LineEntry("来源:", Kind.PUBLICATION, true),
      new LineEntry("信息来源", Kind.PUBLICATION, true),
      new LineEntry("索引号", Kind.PUBLICATION, true),
      // the footer of a government web page: never in a report's own text
      new LineEntry("扫一扫在手机", Kind.SITE, true),
      new LineEntry("网站标识码", Kind.SITE, true),
      new LineEntry("ICP备", Kind.SITE, false),
      new LineEntry("公网安备", Kind.SITE, false),
      new LineEntry("公安备案", Kind.SITE, true),
      new LineEntry("主办单位：", Kind.SITE, true),
      new LineEntry("主办单位:", Kind.SITE, true),
      new LineEntry("承办单位：", Kind.SITE, true),
      new LineEntry("承办单位:", Kind.SITE, true),
      new LineEntry("版权所有", Kind.SITE, true),
      new LineEntry("相关附件", Kind.SITE, true),
      new LineEntry("相关链接", Kind.SITE, true),
      new LineEntry("网站地图", Kind.SITE, true),
      new LineEntry("视力保护色", Kind.SITE, false),
      new LineEntry("上一篇", Kind.SITE, true),
      new LineEntry("下一篇", Kind.SITE, true));

  static final List<InlineEntry> INLINE = List.of(
      new InlineEntry("[bookmark:", "]", 120, ""),
      new InlineEntry("[image:", "]", 200, ""),
      new InlineEntry("&nbsp;", "", 6, " "),
      new InlineEntry("<br>", "", 4, ""),
      new InlineEntry("<br/>", "", 5, ""));

  private NoiseTable() {}

  /**
   * Classifies a cleaned line.
   *
   * @param line the line without leading and trailing spaces
   * @return the kind of noise, or null for a line of content
   */
  static Kind classify(String line) {
    if (line.isEmpty()) {
      return null;
    }
    // One pass: at each character that may start a marker, only the markers starting with it are
    // tried; the entry listed first wins, as a loop over the table would find it.
    int best = Integer.MAX_VALUE;
    int last = line.length() <= MAX_NOISE_LINE ? line.length() : 1;
    for (int i = 0; i < last; i++) {
      char c = line.charAt(i);
      if (((i == 0 ? STARTS : INNER_STARTS)[c >>> 6] & (1L << c)) == 0) {
        continue; // no marker starts with this character here: most characters, one bit test
      }
      int[] candidates = BY_FIRST[c & (BY_FIRST.length - 1)];
      for (int e : candidates) {
        // the first character compared before the marker: most slots are shared by other characters
        if (e < best && FIRST[e] == c && (i == 0 || !PREFIX_ONLY[e]) && line.startsWith(MARKERS[e], i)) {
          best = e;
        }
      }
    }
    return best == Integer.MAX_VALUE ? null : LINES.get(best).kind();
  }

  /**
   * Classifies a cleaned line that stands in a text's characters as it is: what
   * {@link #classify(String)} answers for {@code new String(chars, from, to - from)}, read from the
   * array (the client compiler runs {@code String.charAt} on Chinese text as a call with two index
   * checks per character).
   *
   * @param chars the characters of the text
   * @param from where the line starts, after its leading spaces
   * @param to where the line ends, before its trailing spaces
   * @return the kind of noise, or null for a line of content
   */
  static Kind classify(char[] chars, int from, int to) {
    if (from >= to) {
      return null;
    }
    int best = Integer.MAX_VALUE;
    int last = to - from <= MAX_NOISE_LINE ? to : from + 1;
    char c0 = chars[from];
    if ((STARTS[c0 >>> 6] & (1L << c0)) != 0) {
      best = bestAt(chars, from, true, to, best);
    }
    for (int i = from + 1; i < last; i++) {
      char c = chars[i];
      if ((INNER_STARTS[c >>> 6] & (1L << c)) == 0) {
        continue; // no marker found inside a line starts with this character: most characters, one bit test
      }
      best = bestAt(chars, i, false, to, best);
    }
    return best == Integer.MAX_VALUE ? null : LINES.get(best).kind();
  }

  /** The first entry (below {@code best}) whose marker starts at {@code i}, or {@code best}. */
  private static int bestAt(char[] chars, int i, boolean lineStart, int to, int best) {
    char c = chars[i];
    int found = best;
    for (int e : BY_FIRST[c & (BY_FIRST.length - 1)]) {
      if (e < found && FIRST[e] == c && (lineStart || !PREFIX_ONLY[e]) && startsWith(chars, i, to, MARKERS[e])) {
        found = e;
      }
    }
    return found;
  }

  private static boolean startsWith(char[] chars, int at, int to, String marker) {
    int m = marker.length();
    if (to - at < m) {
      return false;
    }
    for (int k = 0; k < m; k++) {
      if (chars[at + k] != marker.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The markers of {@link #LINES}, their first characters and whether each is a prefix only, by index. */
  private static final String[] MARKERS = LINES.stream().map(LineEntry::marker).toArray(String[]::new);
  private static final char[] FIRST = firstChars();
  private static final boolean[] PREFIX_ONLY = prefixOnly();
  /** One bit for each UTF-16 unit a marker starts with (8 KB). */
  private static final long[] STARTS = starts();

  /**
   * The bits of {@link #STARTS} for the markers found anywhere in a line, not only at its start: past a
   * line's first character the prefix-only markers cannot match, and their first characters (上, 下,
   * 主, 信, 来, 分, 网, 相 …) are common in reports, where each cost a look at the candidates for nothing.
   */
  private static final long[] INNER_STARTS = starts(true);

  private static long[] starts() {
    return starts(false);
  }

  private static long[] starts(boolean innerOnly) {
    long[] out = new long[1 << 10];
    for (LineEntry entry : LINES) {
      if (innerOnly && entry.prefixOnly()) {
        continue;
      }
      char c = entry.marker().charAt(0);
      out[c >>> 6] |= 1L << c;
    }
    return out;
  }

  private static char[] firstChars() {
    char[] out = new char[LINES.size()];
    for (int e = 0; e < out.length; e++) {
      out[e] = LINES.get(e).marker().charAt(0);
    }
    return out;
  }

  private static boolean[] prefixOnly() {
    boolean[] out = new boolean[LINES.size()];
    for (int e = 0; e < out.length; e++) {
      out[e] = LINES.get(e).prefixOnly();
    }
    return out;
  }

  /** The indexes of the entries of {@link #LINES}, by the low bits of their marker's first character. */
  private static final int[][] BY_FIRST = byFirst();

  private static int[][] byFirst() {
    int[][] out = new int[256][];
    for (int e = 0; e < LINES.size(); e++) {
      int slot = LINES.get(e).marker().charAt(0) & (out.length - 1);
      int[] old = out[slot] == null ? new int[0] : out[slot];
      int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
      grown[old.length] = e;
      out[slot] = grown;
    }
    return out;
  }

  /**
   * The inline residue that starts at a position.
   *
   * @param text the text
   * @param at the position
   * @param limit the end of the range to look in
   * @return the end of the residue (exclusive), or -1 if none starts there
   */
  static int residueEnd(String text, int at, int limit) {
    for (InlineEntry entry : INLINE) {
      if (text.startsWith(entry.open(), at)) {
        if (entry.close().isEmpty()) {
          return at + entry.open().length();
        }
        int max = Math.min(limit, at + entry.maxLength());
        int close = indexOf(text, entry.close(), at + entry.open().length(), max);
        if (close >= 0) {
          return close + entry.close().length();
        }
      }
    }
    return -1;
  }

  /** The replacement for the residue at a position: empty or a space. */
  static String replacementAt(String text, int at) {
    for (InlineEntry entry : INLINE) {
      if (text.startsWith(entry.open(), at)) {
        return entry.replacement();
      }
    }
    return "";
  }

  private static int indexOf(String text, String needle, int from, int to) {
    int last = to - needle.length();
    for (int i = from; i <= last; i++) {
      if (text.startsWith(needle, i)) {
        return i;
      }
    }
    return -1;
  }
}
