package dev.fazhi.core.read;

import dev.fazhi.core.model.AdministrativeLevel;
import dev.fazhi.core.model.Issuer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds the title at the start of a report, joined where it was broken across lines, and reads the
 * issuer and the reporting year from it: {@code 花都区卫生健康局关于2019年法治} / {@code 政府建设的情况报告}
 * gives 花都区卫生健康局 and 2019; {@code 东城区卫生健康委员会} / {@code 2020年法治政府建设年度情况报告} gives
 * 东城区卫生健康委员会 and 2020.
 */
final class TitleParser {

  /** Words that end a title. */
  static final List<String> TITLE_WORDS = List.of("报告", "情况", "总结", "汇报");
  /** The most lines a title is broken into. */
  static final int MAX_TITLE_LINES = 3;
  /** The longest line that can be part of a title. */
  static final int MAX_TITLE_LINE = 60;
  /** The last characters of an organ's name. */
  static final List<String> ORGAN_SUFFIXES = List.of("委员会", "办公室", "人民政府", "政府", "局", "委", "厅", "办",
      "院", "中心", "署", "部", "所", "站", "处", "会");
  /** Region suffixes and the administrative level they indicate (null when ambiguous). */
  static final List<Object[]> REGION_SUFFIXES = List.of(
      new Object[] {"自治区", AdministrativeLevel.PROVINCIAL},
      new Object[] {"省", AdministrativeLevel.PROVINCIAL},
      new Object[] {"自治州", AdministrativeLevel.MUNICIPAL},
      new Object[] {"地区", AdministrativeLevel.MUNICIPAL},
      new Object[] {"州", AdministrativeLevel.MUNICIPAL},
      new Object[] {"盟", AdministrativeLevel.MUNICIPAL},
      new Object[] {"区", AdministrativeLevel.COUNTY},
      new Object[] {"县", AdministrativeLevel.COUNTY},
      new Object[] {"旗", AdministrativeLevel.COUNTY},
      new Object[] {"市", null});
  /**
   * Suffixes of towns and streets ({@code 石门乡}, {@code 桥南街道}), below the county: a region only when
   * one of {@link #TOWN_ORGANS} follows, so that {@code 城镇} in a bureau's name is none. Their level is
   * {@link AdministrativeLevel#TOWNSHIP}.
   */
  static final List<String> TOWN_SUFFIXES = List.of("街道", "乡", "镇");
  /** The organs of a town or street. */
  static final List<String> TOWN_ORGANS = List.of("人民政府", "政府", "办事处", "党委", "党工委");

  private static final WordTable TOWN_ORGAN_TABLE = WordTable.of(TOWN_ORGANS);

  /** Municipalities directly under the central government. */
  static final List<String> MUNICIPALITIES = List.of("北京市", "上海市", "天津市", "重庆市");

  /**
   * A title found.
   *
   * @param text the title, joined
   * @param lines the indexes of the lines it stands on
   * @param issuerLine the first title line when it names the issuer alone, or null
   */
  record Title(String text, List<Integer> lines, String issuerLine) {}

  private TitleParser() {}

  /**
   * Finds the title among the first content lines.
   *
   * @param lines the cleaned lines
   * @return the title, or null when the text does not start with one
   */
  static Title find(ArrayList<CleanLine> lines) {
    StringBuilder text = new StringBuilder();
    List<Integer> used = new java.util.ArrayList<>();
    String first = null;
    int titleLines = 0;
    for (int i = 0; i < lines.size() && titleLines < MAX_TITLE_LINES; i++) {
      CleanLine line = lines.get(i);
      if (line.isBlank() || line.noise() != null) {
        continue;
      }
      String s = line.string();
      if (text.length() == 0 && (isDocumentNumber(s) || isHeaderMarker(s))) {
        used.add(i); // 花卫字〔2020〕12号 or 附件1 above the title: no part of it, and no content
        continue;
      }
      if (!isTitleLine(s)) {
        break;
      }
      used.add(i);
      titleLines++;
      if (first == null) {
        first = s;
      }
      text.append(s);
      if (containsTitleWord(text)) {
        break;
      }
    }
    if (text.length() == 0) {
      return null;
    }
    String issuerLine = titleLines > 1 && endsWithOrgan(first) && yearAt(first) < 0 ? first : null;
    return new Title(text.toString(), List.copyOf(used), issuerLine);
  }

  /**
   * Finds the first title that names a rule-of-law report among the lines before the body, where the
   * page around a report may stand above it: the first run of at most {@value #MAX_TITLE_LINES} title
   * lines, starting at or after {@code from} and before {@code to}, whose joined text holds a title word
   * and a word of {@link ReportKinds#RULE_OF_LAW_WORDS}. A line that names an issuer of its own (a
   * site's {@code 青禾县人民政府} above {@code 青禾县司法局2023年…报告}) starts a title; it never continues
   * one.
   *
   * @param lines the cleaned lines, chrome marked as noise
   * @param from the first line to look at
   * @param to the line to stop before (the body's first heading)
   * @return the title, or null when no such title stands there
   */
  static Title findNamed(ArrayList<CleanLine> lines, int from, int to) {
    for (int i = from; i < to && i < lines.size(); i++) {
      CleanLine line = lines.get(i);
      if (line.isBlank() || line.noise() != null || !isTitleLine(line.string())
          || isAttachmentNote(line.string())) {
        continue;
      }
      Title title = windowAt(lines, i, to);
      if (title != null) {
        return title;
      }
    }
    return null;
  }

  private static Title windowAt(ArrayList<CleanLine> lines, int start, int to) {
    StringBuilder text = new StringBuilder();
    List<Integer> used = new java.util.ArrayList<>();
    String first = null;
    for (int i = start; i < to && i < lines.size() && used.size() < MAX_TITLE_LINES; i++) {
      CleanLine line = lines.get(i);
      if (line.isBlank() || line.noise() != null) {
        continue;
      }
      String s = line.string();
      if (!isTitleLine(s) || (first != null && namesIssuer(s))) {
        return null;
      }
      used.add(i);
      if (first == null) {
        first = s;
      }
      text.append(s);
      if (containsTitleWord(text)) {
        String joined = text.toString();
        if (!ReportKinds.namesRuleOfLawReport(joined)) {
          return null;
        }
        String issuerLine = used.size() > 1 && endsWithOrgan(first) && yearAt(first) < 0 ? first : null;
        return new Title(joined, List.copyOf(used), issuerLine);
      }
    }
    return null;
  }

  /** The words of a letter's note of what it sends: {@code 附件：青禾县司法局2023年…报告}. */
  static final List<String> ATTACHMENT_NOTES = List.of("附件：", "附件:", "附：", "附:");

  /**
   * A letter's note of the report it sends, {@code 附件：…报告}: it names the report, it is not its title,
   * which stands above the report itself.
   */
  static boolean isAttachmentNote(String s) {
    if (s.isEmpty() || s.charAt(0) != '附') {
      return false; // most lines
    }
    for (String note : ATTACHMENT_NOTES) {
      if (s.startsWith(note)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a line opens a title of its own: an organ's name before {@code 关于} or before a year. */
  private static boolean namesIssuer(String s) {
    int about = s.indexOf("关于");
    int year = anyYearAt(s);
    int at = about >= 2 ? about : year;
    return at >= 2 && endsWithOrgan(s.substring(0, at).strip());
  }

  /** Markers that may stand on a line of their own above the title. */
  static final List<String> HEADER_MARKERS = List.of("附件", "附表", "密级", "紧急程度", "签发人");

  /** A marker line above the title: {@code 附件1}, {@code 附件：}, {@code 签发人：某某}. */
  static boolean isHeaderMarker(String s) {
    for (String marker : HEADER_MARKERS) {
      if (s.startsWith(marker) && s.length() <= marker.length() + 12) {
        String rest = s.substring(marker.length());
        return rest.isEmpty() || !rest.contains("报告") && !rest.contains("法治");
      }
    }
    return false;
  }

  /** A document number on a line of its own: {@code 花卫字〔2020〕12号}, {@code 某政报[2021]3号}. */
  static boolean isDocumentNumber(String s) {
    return s.length() <= 30 && s.endsWith("号") && (s.contains("〔") || s.contains("[") || s.contains("［")
        || s.contains("【"));
  }

  static boolean isTitleLine(String s) {
    return !s.isEmpty() && s.length() <= MAX_TITLE_LINE && HeadingPatterns.match(s, 0) == null
        && !CharClasses.endsComplete(s) && s.indexOf('。') < 0 && DateLines.pureDate(s) == null;
  }

  static boolean containsTitleWord(CharSequence text) {
    String s = text.toString();
    for (String word : TITLE_WORDS) {
      if (s.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The reporting year the title names.
   *
   * @param title the title
   * @return the year
   */
  static OptionalInt yearOf(String title) {
    String s = CharClasses.fold(title);
    int at = yearAt(s);
    if (at >= 0) {
      return OptionalInt.of(Integer.parseInt(s.substring(at, at + 4)));
    }
    for (int i = 0; i + 4 < s.length(); i++) {
      int year = 0;
      int j = i;
      while (j < i + 4 && CharClasses.chineseDigit(s.charAt(j)) >= 0) {
        year = year * 10 + CharClasses.chineseDigit(s.charAt(j));
        j++;
      }
      if (j == i + 4 && s.charAt(j) == '年' && year >= 1990 && year <= 2200) {
        return OptionalInt.of(year);
      }
    }
    return OptionalInt.empty();
  }

  /** The index of the first year, in Arabic or Chinese digits, or -1. */
  static int anyYearAt(String title) {
    int arabic = yearAt(title);
    for (int i = 0; i + 4 < title.length() && (arabic < 0 || i < arabic); i++) {
      int j = i;
      while (j < i + 4 && CharClasses.chineseDigit(title.charAt(j)) >= 0) {
        j++;
      }
      if (j == i + 4 && title.charAt(j) == '年') {
        return i;
      }
    }
    return arabic;
  }

  /** The index of the first {@code YYYY年} with a plausible year, or -1. */
  static int yearAt(String title) {
    String s = CharClasses.fold(title);
    for (int i = 0; i + 4 < s.length(); i++) {
      if (isYear(s, i) && s.charAt(i + 4) == '年' && (i == 0 || !CharClasses.isDigit(s.charAt(i - 1)))) {
        int year = Integer.parseInt(s.substring(i, i + 4));
        if (year >= 1990 && year <= 2200) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean isYear(String s, int i) {
    for (int j = i; j < i + 4; j++) {
      if (s.charAt(j) < '0' || s.charAt(j) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The issuer the title names: what stands before 关于, or before the year, or the title's own first
   * line when that is an organ's name.
   *
   * @param title the title
   * @return the issuer
   */
  static Optional<Issuer> issuerOf(Title title) {
    String name = null;
    String text = title.text();
    int about = text.indexOf("关于");
    if (about >= 2) {
      name = text.substring(0, about);
    } else {
      int year = anyYearAt(text);
      if (year >= 2) {
        name = text.substring(0, year);
      } else if (title.issuerLine() != null) {
        name = title.issuerLine();
      }
    }
    if (name == null) {
      return Optional.empty();
    }
    name = name.strip();
    while (!name.isEmpty() && "（(“\"《".indexOf(name.charAt(name.length() - 1)) >= 0) {
      name = name.substring(0, name.length() - 1).strip();
    }
    if (name.length() < 2 || name.length() > 40 || name.contains("法治") || name.contains("报告")) {
      return Optional.empty();
    }
    return Optional.of(issuer(name));
  }

  static Issuer issuer(String name) {
    dev.fazhi.core.model.ImmutableIssuer.Builder b = Issuer.builder().name(name);
    int best = -1;
    AdministrativeLevel level = null;
    for (int i = 0; i < name.length(); i++) {
      for (Object[] suffix : REGION_SUFFIXES) {
        String word = (String) suffix[0];
        if (name.startsWith(word, i) && i > 0) {
          int end = i + word.length();
          boolean market = word.equals("市") && name.startsWith("场", end);
          if (!market && end < name.length() && end > best) {
            best = end;
            level = (AdministrativeLevel) suffix[1];
          }
          break;
        }
      }
      for (String town : TOWN_SUFFIXES) {
        int end = i + town.length();
        if (i > 0 && name.startsWith(town, i) && FigurePatterns.startingWith(name, end, TOWN_ORGAN_TABLE) != null) {
          best = end;
          level = AdministrativeLevel.TOWNSHIP;
        }
      }
      if (startsOrgan(name, i)) {
        break;
      }
    }
    if (best > 0) {
      String region = name.substring(0, best);
      b.region(region);
      if (MUNICIPALITIES.contains(region)) {
        level = AdministrativeLevel.PROVINCIAL;
      }
      if (level != null) {
        b.level(level);
      }
    }
    return b.build();
  }

  /** Whether the functional part of an organ's name starts here (卫生健康局, 人民政府, 司法局 …). */
  private static boolean startsOrgan(String name, int i) {
    return name.startsWith("卫生", i) || name.startsWith("人民", i) || name.startsWith("司法", i)
        || name.startsWith("教育", i) || name.startsWith("公安", i);
  }

  static boolean endsWithOrgan(String s) {
    for (String suffix : ORGAN_SUFFIXES) {
      if (s.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }
}
