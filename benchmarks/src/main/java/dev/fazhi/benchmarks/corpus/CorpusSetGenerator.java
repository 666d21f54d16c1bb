package dev.fazhi.benchmarks.corpus;

import dev.fazhi.benchmarks.gen.ReportTextGenerator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/**
 * A national year of reports and the year before, generated with planted reuse, duplicates and
 * year-on-year changes, deterministically from a seed: report {@code i} of 2024 and report {@code i} of
 * 2023 are by the same issuer ({@link #issuer}), each on a text of {@link ReportTextGenerator} with
 * three paragraphs of its own (random Han characters, 110 to 260 long) placed after the first heading
 * and a paragraph of figures ({@code 全年办理行政复议案件N件}, in 2024 with {@code 同比增长P%}).
 *
 * <p>Planted, each decided by report {@code i}'s own random stream: in one report in ten, paragraph 1
 * repeats the issuer's 2023 paragraph 1; in one in twenty, paragraph 2 repeats another 2024 report's
 * paragraph 2; each such copy has 0 characters changed (60 %), 1 (25 %) or 4 (15 %, a decoy below 90 %
 * similarity for 110+ characters); one report in two hundred is a second file of the report before it;
 * one in twenty states a wrong change (one point or more off). Instances are immutable and thread-safe.
 */
public final class CorpusSetGenerator {

  /** The year checked. */
  public static final int YEAR = 2024;

  private static final String REGION = "青花松梅云溪岭江湖山河川林石桥湾坪塘沟岗峰源泉洲";
  private static final String[] ORGANS = {"司法局", "教育局", "民政局", "财政局", "卫生健康局", "市场监督管理局",
      "生态环境局", "交通运输局"};

  private final long seed;
  private final int count;
  private final ReportTextGenerator base;

  /**
   * Creates a generator.
   *
   * @param seed the seed
   * @param count reports per year
   */
  public CorpusSetGenerator(long seed, int count) {
    this.seed = seed;
    this.count = count;
    this.base = ReportTextGenerator.withSeed(seed);
  }

  /**
   * Reports per year.
   *
   * @return the count
   */
  public int count() {
    return count;
  }

  /**
   * The issuer of report {@code i} in both years.
   *
   * @param i the index
   * @return a name such as {@code 青花松梅区司法局}
   */
  public static String issuer(int i) {
    StringBuilder region = new StringBuilder();
    int n = i;
    for (int k = 0; k < 4; k++) {
      region.append(REGION.charAt(n % REGION.length()));
      n /= REGION.length();
    }
    return region + "区" + ORGANS[Math.floorMod(i * 7 + 3, ORGANS.length)];
  }

  /**
   * The 2023 report of issuer {@code i}.
   *
   * @param i the index
   * @return the text
   */
  public String history(int i) {
    return assemble(base.text(count + (long) i), issuer(i), YEAR - 1,
        new String[] {own(i, YEAR - 1, 0), own(i, YEAR - 1, 1), own(i, YEAR - 1, 2)},
        "全年办理行政复议案件" + lastYearCases(i) + "件。");
  }

  /**
   * The 2024 report of issuer {@code i}, or for a planted duplicate the text of report {@code i - 1}.
   *
   * @param i the index
   * @return the text
   */
  public String current(int i) {
    SplittableRandom random = random(i);
    if (i > 0 && random.nextInt(200) == 0) {
      return current(i - 1);
    }
    String[] own = {own(i, YEAR, 0), own(i, YEAR, 1), own(i, YEAR, 2)};
    if (random.nextInt(10) == 0) {
      own[1] = mutate(own(i, YEAR - 1, 1), random);
    }
    if (random.nextInt(20) == 0) {
      int j = (i + 1 + random.nextInt(Math.max(1, count - 1))) % count;
      own[2] = mutate(own(j, YEAR, 2), random);
    }
    int last = lastYearCases(i);
    int now = last + random.nextInt(100);
    BigDecimal growth = BigDecimal.valueOf(now - last).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(last), 1, RoundingMode.HALF_UP);
    if (random.nextInt(20) == 0) {
      growth = growth.add(BigDecimal.valueOf(10 + random.nextInt(50), 1));
    }
    return assemble(base.text(i), issuer(i), YEAR, own,
        "全年办理行政复议案件" + now + "件，同比增长" + growth.toPlainString() + "%。");
  }

  private int lastYearCases(int i) {
    return 50 + new SplittableRandom(seed * 31 + i).nextInt(500);
  }

  private SplittableRandom random(int i) {
    return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (i + 1)));
  }

  /** Paragraph {@code k} of issuer {@code i}'s report of a year: random Han characters, unlike any other. */
  private String own(int i, int year, int k) {
    SplittableRandom random = new SplittableRandom(seed + 1_000_003L * i + 7919L * year + k);
    int length = 110 + random.nextInt(151);
    StringBuilder out = new StringBuilder(length + 12);
    for (int c = 0; c < length; c++) {
      out.append((char) (0x4E00 + random.nextInt(3000)));
      if (c % 21 == 20) {
        out.append('，');
      }
    }
    return out.append('。').toString();
  }

  /** A copy with 0, 1 or 4 characters changed. */
  private static String mutate(String text, SplittableRandom random) {
    int roll = random.nextInt(100);
    int changes = roll < 60 ? 0 : roll < 85 ? 1 : 4;
    char[] chars = text.toCharArray();
    for (int c = 0; c < changes; c++) {
      int at = random.nextInt(chars.length - 1);
      if (chars[at] != '，') {
        chars[at] = (char) (0x7000 + random.nextInt(2000));
      }
    }
    return new String(chars);
  }

  private static String assemble(String text, String issuer, int year, String[] own, String figures) {
    String[] lines = text.split("\n", -1);
    // The generated title may be broken over two or three lines: all of them give way to ours.
    int title = -1;
    for (int n = 0; n < Math.min(8, lines.length) && title < 0; n++) {
      if (lines[n].contains("报告")) {
        title = n;
      }
    }
    int titleStart = title;
    while (titleStart > 0 && !lines[titleStart - 1].isBlank() && !lines[titleStart - 1].contains("当前位置")
        && lines[titleStart - 1].length() < 40) {
      titleStart--;
    }
    StringBuilder out = new StringBuilder(text.length() + 1200);
    boolean placed = false;
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (n >= titleStart && n <= title && titleStart >= 0) {
        if (n == title) {
          out.append(issuer).append("关于").append(year).append("年度法治政府建设情况的报告\n");
        }
        continue;
      }
      out.append(line).append('\n');
      if (n > title && !placed && line.strip().startsWith("一、")) {
        for (String paragraph : own) {
          out.append(paragraph).append('\n');
        }
        out.append(figures).append('\n');
        placed = true;
      }
    }
    if (!placed) {
      for (String paragraph : own) {
        out.append(paragraph).append('\n');
      }
      out.append(figures).append('\n');
    }
    return out.toString();
  }
}
