package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.Amount;
import dev.fazhi.core.model.Count;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adversarial inputs of issue 6: each ends in a report with the expected content or in a clear
 * {@link ReportFormatException} naming the source, within a generous time bound (the reader is linear;
 * the bound only catches hangs and quadratic blow-ups, which would take minutes at these sizes).
 */
class AdversarialTextsTest {

  private static final Duration BOUND = Duration.ofSeconds(30);
  private static final String TITLE = "青山区司法局2024年法治政府建设年度报告\n\n";
  private static final Charset GB18030 = Charset.forName("GB18030");

  private static Report read(String name, byte[] bytes) {
    return read(name, () -> {
      try {
        return ReportReader.builder().locale(Locale.ENGLISH).build().read(new ByteArrayInputStream(bytes), name);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  private static Report read(String name, Supplier<Report> reading) {
    Report report = assertTimeoutPreemptively(BOUND, reading::get, name + " took too long");
    assertThat(report.getSource()).hasValue(name);
    return report;
  }

  private static ReportFormatException refused(String name, byte[] bytes) {
    ReportFormatException e = assertTimeoutPreemptively(BOUND, () -> {
      try {
        ReportReader.builder().locale(Locale.ENGLISH).build().read(new ByteArrayInputStream(bytes), name);
      } catch (ReportFormatException thrown) {
        return thrown;
      }
      throw new AssertionError(name + " was read as a report");
    });
    assertThat(e.getSource()).hasValue(name);
    assertThat(e.getMessage()).startsWith(name);
    return e;
  }

  private static byte[] utf8(CharSequence text) {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static int depth(Section section) {
    int deepest = 0;
    for (Section child : section.getSections()) {
      deepest = Math.max(deepest, depth(child));
    }
    return deepest + 1;
  }

  @Test
  void oneTenMegabyteLine() {
    String unit = "全年办理案件12件，完成率98.5%，罚款3.5万元；";
    int units = 10 * 1024 * 1024 / utf8(unit).length;
    String text = TITLE + "一、主要举措\n" + unit.repeat(units);
    Report report = read("long-line.txt", utf8(text));
    assertThat(report.getSections()).hasSize(1);
    List<Figure> figures = report.allFigures();
    assertThat(figures).hasSizeGreaterThanOrEqualTo(units);
    assertThat(figures).allSatisfy(f -> assertThat(f.getLocation().orElseThrow().getLine()).isEqualTo(4));
  }

  @Test
  void aHundredThousandNumberedHeadings() {
    StringBuilder text = new StringBuilder(TITLE);
    for (int i = 1; i <= 100_000; i++) {
      text.append(i).append(".工作事项。完成").append(i).append("件。\n");
    }
    Report report = read("numbered.txt", utf8(text));
    // Labels run to 99; a line "100.工作事项" is body text, not a heading: both are fine, none is lost.
    assertThat(report.allSections()).hasSizeGreaterThanOrEqualTo(99);
    assertThat(report.allFigures()).hasSizeGreaterThanOrEqualTo(100_000);
  }

  @Test
  void aHundredThousandHeadingsOfOneLevel() {
    StringBuilder text = new StringBuilder(TITLE);
    for (int i = 0; i < 100_000; i++) {
      text.append("（一）加强领导\n完成1件。\n");
    }
    Report report = read("headings.txt", utf8(text));
    assertThat(report.allSections()).hasSize(100_000);
    assertThat(report.allFigures()).hasSize(100_000);
  }

  @Test
  void theSameHeadingAThousandTimes() {
    Report report = read("same-heading.txt", utf8(TITLE + "一、主要举措\n".repeat(1000)));
    assertThat(report.getSections()).hasSize(1000)
        .allSatisfy(s -> assertThat(s.getHeading().getText()).isEqualTo("主要举措"));
  }

  @Test
  void numberingNestedFiftyDeep() {
    String[] labels = {"一、", "（一）", "1.", "（1）", "①", "1)", "A.", "a."};
    StringBuilder text = new StringBuilder(TITLE);
    for (int i = 0; i < 50; i++) {
      text.append(labels[i % labels.length]).append("第").append(i + 1).append("层\n");
    }
    text.append("完成12件。\n");
    Report report = read("nested.txt", utf8(text));
    assertThat(report.getSections()).isNotEmpty()
        .allSatisfy(s -> assertThat(depth(s)).isBetween(1, 50));
    assertThat(report.allFigures()).singleElement().isInstanceOfSatisfying(Count.class,
        c -> assertThat(c.getValue()).isEqualTo(12));
  }

  @Test
  void numberingNestedFiftyDeepWithTenThousandLevels() {
    // Every style opened again and again: the tree stays as deep as the styles allow, no recursion fails.
    String[] labels = {"一、", "（一）", "1.", "（1）", "①", "1)", "A.", "a."};
    StringBuilder text = new StringBuilder(TITLE);
    for (int i = 0; i < 10_000; i++) {
      text.append(labels[i % labels.length]).append("第").append(i + 1).append("层。完成1件。\n");
    }
    Report report = read("nested-long.txt", utf8(text));
    assertThat(report.allFigures()).hasSize(10_000);
  }

  @Test
  void thirtyDigitNumbersAndAmounts() {
    String digits = "123456789012345678901234567890";
    Report report = read("digits.txt", utf8(TITLE + "一、主要举措\n办理案件" + digits + "件，罚款" + digits
        + "万元，增长" + digits + "%，收入" + digits + "1元。\n"));
    // A count too large for a long, a rate of 10^29 percent and a 31-digit amount are not figures;
    // the 30-digit amount is kept exactly, never rounded or wrapped.
    assertThat(report.allFigures()).singleElement().isInstanceOfSatisfying(Amount.class,
        a -> assertThat(a.getYuan()).isEqualByComparingTo(new BigDecimal(digits + "0000")));
  }

  @Test
  void fullWidthDigits() {
    Report report = read("fullwidth.txt", utf8(
        "青山区司法局２０１９年法治政府建设年度报告\n\n一、主要举措\n全年办理案件１２３件，罚没款４５．６万元。\n"));
    assertThat(report.getReportingYear()).hasValue(2019);
    assertThat(report.allFigures()).hasSize(2);
    assertThat(report.allFigures().get(0)).isInstanceOfSatisfying(Count.class,
        c -> assertThat(c.getValue()).isEqualTo(123));
    assertThat(report.allFigures().get(1)).isInstanceOfSatisfying(Amount.class,
        a -> assertThat(a.getYuan()).isEqualByComparingTo("456000"));
  }

  @Test
  void mixedEncodingsAreRefusedClearly() {
    byte[] head = utf8(TITLE + "一、主要举措\n全年办理案件12件。\n");
    byte[] tail = "二、存在的问题\n问题较多。\n".getBytes(GB18030);
    byte[] bytes = Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, bytes, head.length, tail.length);
    assertThat(refused("mixed.txt", bytes).getReason()).isEqualTo(Messages.get("encoding"));
  }

  @Test
  void aFileCutInTheMiddleOfAUtf8CharacterIsRefusedAsCutOff() {
    byte[] whole = utf8(TITLE + "一、主要举措\n全年办理案件12件。\n二、存在的问题\n问题较多");
    byte[] cut = Arrays.copyOf(whole, whole.length - 2); // the last 多 loses two of its three bytes
    assertThat(refused("cut.txt", cut).getReason())
        .isEqualTo(Messages.get("truncatedUtf8", Integer.toString(whole.length - 3)));
    byte[] withBom = new byte[cut.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(cut, 0, withBom, 3, cut.length);
    assertThat(refused("cut-bom.txt", withBom).getReason())
        .isEqualTo(Messages.get("truncatedUtf8", Integer.toString(whole.length)));
    // Cut between characters, the same file is a report.
    assertThat(read("whole.txt", Arrays.copyOf(whole, whole.length - 3)).getSections()).hasSize(2);
  }

  @Test
  void aPercentSignWithoutANumberIsNoFigure() {
    Report report = read("percent.txt", utf8(TITLE + "一、主要举措\n完成率%，%%%，增长%件，占比为 %。\n%\n"));
    assertThat(report.allFigures()).noneMatch(Rate.class::isInstance);
    assertThat(report.getSections()).hasSize(1);
  }

  @Test
  void theSizeLimitIsSettableAndItsBreachIsClear(@TempDir Path dir) throws IOException {
    ReportReader small = ReportReader.builder().locale(Locale.ENGLISH).maxBytes(1_000).build();
    assertThat(small.maxBytes()).isEqualTo(1_000);
    String fits = TITLE + "一、主要举措\n" + "完成1件。".repeat(100);
    String tooLarge = fits + "完成1件。".repeat(100);
    assertThat(fits.length()).isLessThanOrEqualTo(1_000);
    assertThat(small.read(fits, "fits.txt").getSections()).hasSize(1);

    String reason = Messages.get("tooLarge", "1000");
    assertThat(reason).contains("1000");
    assertThatThrownBy(() -> small.read(tooLarge, "big.txt"))
        .isInstanceOfSatisfying(ReportFormatException.class, e -> {
          assertThat(e.getSource()).hasValue("big.txt");
          assertThat(e.getReason()).isEqualTo(reason);
        });
    assertThatThrownBy(() -> small.read(new ByteArrayInputStream(utf8(tooLarge)), "big.bin"))
        .isInstanceOfSatisfying(ReportFormatException.class,
            e -> assertThat(e.getReason()).isEqualTo(reason));
    Path file = Files.write(dir.resolve("big.txt"), utf8(tooLarge));
    assertThatThrownBy(() -> small.read(file))
        .isInstanceOfSatisfying(ReportFormatException.class, e -> {
          assertThat(e.getSource()).hasValue(file.toString());
          assertThat(e.getReason()).isEqualTo(reason);
        });
    assertThatThrownBy(() -> ReportReader.builder().locale(Locale.ENGLISH).maxBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDefaultLimitIsTwentyMegabytesAndAnEndlessStreamStopsThere() {
    assertThat(ReportReader.builder().locale(Locale.ENGLISH).build().maxBytes()).isEqualTo(20L * 1024 * 1024);
    InputStream endless = new InputStream() {
      private long served;

      @Override
      public int read() {
        served++;
        return 'a';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Arrays.fill(b, off, off + len, (byte) 'a');
        served += len;
        return len;
      }
    };
    ReportFormatException e = assertTimeoutPreemptively(BOUND, () -> {
      try {
        ReportReader.builder().locale(Locale.ENGLISH).build().read(endless, "endless");
      } catch (ReportFormatException thrown) {
        return thrown;
      }
      throw new AssertionError("an endless stream was read");
    });
    assertThat(e.getReason()).isEqualTo(Messages.get("tooLarge", Long.toString(20L * 1024 * 1024)));
  }
}
