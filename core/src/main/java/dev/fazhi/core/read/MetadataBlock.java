package dev.fazhi.core.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the metadata block that government sites print around a report: {@code 索引号：… 主题分类：…}
 * pairs on one line, {@code [ 索引号 ] …} in brackets, a table flattened one cell per line (a label on
 * one line, its value on the next), or the same block printed twice. The block is no part of the report
 * (its lines are marked {@link NoiseTable.Kind#METADATA}); what it says goes into the report's metadata.
 *
 * <p>The rule: a line is a metadata line when it opens (after an optional bracket) with a label of
 * {@link #LABELS} followed by a separator ({@code ：}, {@code :}, a closing bracket, a space) or by
 * nothing. A line that is a label alone takes the next content line as its value, unless that line is a
 * label too. On a metadata line every label of the table starts a new field; its value runs to the next
 * label. Spaces inside a label ({@code 索 引 号}) are ignored.
 */
final class MetadataBlock {

  /** What a field of the block is. */
  enum Field {
    /** 索引号: a catalogue code, letters and digits by design. */
    INDEX_NUMBER,
    /** 文号, 发文字号. */
    DOCUMENT_NUMBER,
    /** 发布机构, 来源, 发文机关: who posted the page, not necessarily the issuer. */
    PUBLISHER,
    /** 成文日期: the signing date. */
    SIGNED_ON,
    /** 发布日期, 发布时间: the publication date. */
    PUBLISHED_ON,
    /** Any other field of the block (主题分类, 有效性 …), read and dropped. */
    OTHER
  }

  /**
   * A label of the metadata block.
   *
   * @param label the label, without spaces
   * @param field what its value is
   */
  record Label(String label, Field field) {}

  /** The labels, longer ones first where one contains another ({@code 信息来源} before {@code 来源}). */
  static final List<Label> LABELS = List.of(
      new Label("信息索引号", Field.INDEX_NUMBER),
      new Label("索引号", Field.INDEX_NUMBER),
      new Label("发文字号", Field.DOCUMENT_NUMBER),
      new Label("文件编号", Field.DOCUMENT_NUMBER),
      new Label("文号", Field.DOCUMENT_NUMBER),
      new Label("发布机构", Field.PUBLISHER),
      new Label("发文机关", Field.PUBLISHER),
      new Label("发文单位", Field.PUBLISHER),
      new Label("发布单位", Field.PUBLISHER),
      new Label("公开主体", Field.PUBLISHER),
      new Label("信息来源", Field.PUBLISHER),
      new Label("来源", Field.PUBLISHER),
      new Label("成文日期", Field.SIGNED_ON),
      new Label("成文时间", Field.SIGNED_ON),
      new Label("生成日期", Field.SIGNED_ON),
      new Label("发布日期", Field.PUBLISHED_ON),
      new Label("发布时间", Field.PUBLISHED_ON),
      new Label("公开日期", Field.PUBLISHED_ON),
      new Label("公开时间", Field.PUBLISHED_ON),
      new Label("主题分类", Field.OTHER),
      new Label("体裁分类", Field.OTHER),
      new Label("组配分类", Field.OTHER),
      new Label("服务对象", Field.OTHER),
      new Label("主题词", Field.OTHER),
      new Label("关键词", Field.OTHER),
      new Label("有效性", Field.OTHER),
      new Label("生效日期", Field.OTHER),
      new Label("废止日期", Field.OTHER),
      new Label("公开方式", Field.OTHER),
      new Label("公开范围", Field.OTHER),
      new Label("公开形式", Field.OTHER),
      new Label("公开时限", Field.OTHER),
      new Label("文件名称", Field.OTHER),
      new Label("信息名称", Field.OTHER),
      new Label("名称", Field.OTHER),
      new Label("标题", Field.OTHER),
      new Label("访问量", Field.OTHER),
      new Label("浏览次数", Field.OTHER));

  /** The longest line read as a metadata line. */
  static final int MAX_LINE = 200;

  /** Brackets that may stand around a label: {@code [ 索引号 ]}, {@code 【发布机构】}. */
  private static final String BRACKETS = "[]［］【】〔〕";

  /**
   * A value read from the block.
   *
   * @param field what it is
   * @param value the value as written, stripped
   * @param line the index of the cleaned line it stands on
   * @param start where the value starts in that line
   */
  record Value(Field field, String value, int line, int start) {}

  /** What the block said, and on which lines. */
  static final class Read {
    final List<Value> values = new ArrayList<>();
    final List<Integer> lines = new ArrayList<>();

    /** The first value of a field, or null. */
    Value first(Field field) {
      for (Value v : values) {
        if (v.field() == field && !v.value().isEmpty()) {
          return v;
        }
      }
      return null;
    }

    /** The first value of a field that gives a date, or null. */
    Value firstDated(Field field) {
      for (Value v : values) {
        if (v.field() == field && DateLines.dateAt(CharClasses.fold(v.value()), 0) != null) {
          return v;
        }
      }
      return null;
    }

    /** The date of a field, or null. */
    LocalDate dateOf(Field field) {
      Value v = firstDated(field);
      return v == null ? null : DateLines.dateAt(CharClasses.fold(v.value()), 0).date();
    }
  }

  private MetadataBlock() {}

  /**
   * Reads every metadata line of a text.
   *
   * @param lines the cleaned lines
   * @param eligible which lines may be metadata (false for lines already taken for something else)
   * @return what the block says and which lines it stands on
   */
  static Read read(ArrayList<CleanLine> lines, boolean[] eligible) {
    return read(lines, eligible, 0, lines.size());
  }

  /**
   * Reads the metadata lines of a range of a text.
   *
   * @param lines the cleaned lines
   * @param eligible which lines may be metadata
   * @param from the first line to look at
   * @param to the line to stop before
   * @return what the block says and which lines it stands on
   */
  static Read read(ArrayList<CleanLine> lines, boolean[] eligible, int from, int to) {
    Read read = new Read();
    for (int i = from; i < to; i++) {
      CleanLine line = lines.get(i);
      if (!eligible[i] || line.isBlank() || line.length() > MAX_LINE) {
        continue;
      }
      String s = line.string();
      int open = skipBracketsAndSpaces(s, 0);
      Match first = labelAt(s, open);
      if (first == null) {
        continue;
      }
      int afterLabel = skipSeparators(s, first.end);
      if (afterLabel == s.length()) {
        // a table cell: the value is on the next content line, unless that is a label too
        read.lines.add(i);
        int next = nextContent(lines, i + 1);
        if (next >= 0 && eligible[next] && isCellValue(first.label, lines.get(next).string())) {
          read.values.add(new Value(first.label.field(), lines.get(next).string().strip(), next, 0));
          read.lines.add(next);
          i = next;
        }
        continue;
      }
      if (afterLabel == first.end && !startsValue(s, first.end)) {
        continue; // 来源于群众的意见…: the label's word opens a sentence
      }
      read.lines.add(i);
      pairs(s, i, open, read);
    }
    return read;
  }

  /** The pairs of one metadata line: every label starts a field whose value runs to the next label. */
  private static void pairs(String s, int lineIndex, int from, Read read) {
    Match current = labelAt(s, from);
    while (current != null) {
      int valueStart = skipSeparators(s, current.end);
      Match next = null;
      int j = valueStart;
      while (j < s.length()) {
        if (j == valueStart || s.charAt(j - 1) == ' ' || BRACKETS.indexOf(s.charAt(j - 1)) >= 0
            || BRACKETS.indexOf(s.charAt(j)) >= 0) {
          int k = skipBracketsAndSpaces(s, j);
          // a label right after the separators is the next field: the value before it is empty
          Match m = k > valueStart || valueStart > current.end ? labelAt(s, k) : null;
          if (m != null && (m.end == s.length() || isSeparator(s.charAt(m.end)))) {
            next = m;
            break;
          }
        }
        j++;
      }
      int valueEnd = next == null ? s.length() : j;
      String value = strip(s.substring(valueStart, valueEnd));
      read.values.add(new Value(current.label.field(), value, lineIndex, valueStart));
      current = next;
    }
  }

  /**
   * Whether a line can be the value of a label cell above it: not a label itself, and not the report's
   * title (which follows a block whose last cell, such as {@code 有效性}, was left empty), unless the
   * label is one that holds the title ({@link #TITLE_LABELS}).
   */
  static boolean isCellValue(Label label, String next) {
    if (next.length() > MAX_LINE || labelAt(next, skipBracketsAndSpaces(next, 0)) != null) {
      return false;
    }
    boolean namesReport = TitleParser.containsTitleWord(next) && ReportKinds.namesRuleOfLawReport(next);
    return !namesReport || TITLE_LABELS.contains(label.label());
  }

  /** Labels whose value is the report's title. */
  static final List<String> TITLE_LABELS = List.of("名称", "标题", "文件名称");

  private static String strip(String v) {
    int from = 0;
    int to = v.length();
    while (from < to && (v.charAt(from) == ' ' || BRACKETS.indexOf(v.charAt(from)) >= 0)) {
      from++;
    }
    while (to > from && (v.charAt(to - 1) == ' ' || BRACKETS.indexOf(v.charAt(to - 1)) >= 0)) {
      to--;
    }
    return v.substring(from, to);
  }

  private static int nextContent(ArrayList<CleanLine> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  record Match(Label label, int end) {}

  /** The label at a position, its characters possibly spaced apart, or null. */
  static Match labelAt(String s, int at) {
    if (at >= s.length() || LABEL_OPENERS.indexOf(s.charAt(at)) < 0) {
      return null; // most positions: no label starts with the character there, so none is tried
    }
    for (Label label : LABELS) {
      int end = matchSpaced(s, at, label.label());
      if (end >= 0) {
        return new Match(label, end);
      }
    }
    return null;
  }

  /** The first characters of the labels: a label can start only at one of them. */
  static final String LABEL_OPENERS = LABELS.stream().map(l -> l.label().substring(0, 1)).distinct()
      .collect(java.util.stream.Collectors.joining());

  /** Whether a line opens with a label of the block followed by a separator or nothing. */
  static boolean isMetadataLine(String s) {
    int open = skipBracketsAndSpaces(s, 0);
    Match m = labelAt(s, open);
    return m != null && (m.end == s.length() || isSeparator(s.charAt(m.end)) || startsValue(s, m.end));
  }

  private static int matchSpaced(String s, int at, String word) {
    int i = at;
    for (int k = 0; k < word.length(); k++) {
      if (k > 0) {
        while (i < s.length() && s.charAt(i) == ' ') {
          i++;
        }
      }
      if (i >= s.length() || s.charAt(i) != word.charAt(k)) {
        return -1;
      }
      i++;
    }
    return i;
  }

  private static boolean isSeparator(char c) {
    return c == '：' || c == ':' || c == ' ' || BRACKETS.indexOf(c) >= 0;
  }

  /** After a label with no separator: a value that no sentence would continue with (digits, a code). */
  private static boolean startsValue(String s, int at) {
    return at < s.length() && CharClasses.isDigit(s.charAt(at));
  }

  private static int skipSeparators(String s, int from) {
    int i = from;
    while (i < s.length() && isSeparator(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipBracketsAndSpaces(String s, int from) {
    int i = from;
    while (i < s.length() && (s.charAt(i) == ' ' || BRACKETS.indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    return i;
  }
}
