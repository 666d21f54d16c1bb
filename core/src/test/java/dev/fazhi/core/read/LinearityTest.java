package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.Report;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A hang guard: a 10 MB text of any content is read in time (the bound is generous; speed belongs in
 * the benchmarks). Each shape stresses one scanner: numbers, labels, residue, brackets, blank lines.
 */
class LinearityTest {

  private static final int SIZE = 10 * 1024 * 1024;
  private static final Duration BOUND = Duration.ofSeconds(90);
  private static final String TITLE = "某县卫生健康局2023年法治政府建设情况报告\n一、主要举措和成效\n";

  private static String repeat(String unit) {
    StringBuilder b = new StringBuilder(SIZE + unit.length()).append(TITLE);
    while (b.length() < SIZE) {
      b.append(unit);
    }
    return b.toString();
  }

  private static String random(long seed, String alphabet) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder(SIZE).append(TITLE);
    while (b.length() < SIZE) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  static Stream<Arguments> shapes() {
    IntFunction<String> digits = n -> "9".repeat(n);
    return Stream.of(
        Arguments.of("random report alphabet", random(1, "一二三四五六七八九十、（）()1234567890.%元万件项起，。；：其中率完成关闭查处 \n\u00A0\u3000《》“”是")),
        Arguments.of("one line of digits", TITLE + digits.apply(SIZE)),
        Arguments.of("one line of Chinese", repeat("法治政府建设")),
        Arguments.of("heading labels", repeat("（一）")),
        Arguments.of("heading lines", repeat("1、加强领导\n")),
        Arguments.of("unterminated short lines", repeat("强化领导责任\n\n")),
        Arguments.of("of-which clauses", repeat("其中3件、")),
        Arguments.of("counts and rates", repeat("任务12件，完成11件，关闭1件，完成率100%，查处3起，处罚率25%，")),
        Arguments.of("brackets", repeat("线索5件（")),
        Arguments.of("book title openers", repeat("《")),
        Arguments.of("residue openers", repeat("[bookmark:")),
        Arguments.of("spaces before labels", repeat("     2.完善")),
        Arguments.of("commas", repeat("，")),
        Arguments.of("blank lines", repeat("\n")),
        Arguments.of("date lines", repeat("2020年4月9日\n")),
        Arguments.of("counts without punctuation", repeat("罚款5元检查3家")),
        Arguments.of("completions without tasks", repeat("共完成年度重点任务32项，完成率100%，")),
        Arguments.of("years in a preamble", "法治政府建设情况报告\n" + repeat("2020年2021年")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void aTenMegabyteTextIsReadInTime(String name, String text) {
    assertTimeoutPreemptively(BOUND, () -> {
      try {
        Report report = ReportReader.defaults().read(text, name);
        assertThat(report.getSourceText()).hasValue(text);
      } catch (ReportFormatException e) {
        assertThat(e.getSource()).hasValue(name);
      }
    });
  }

  @Test
  void tenMegabytesOfRandomBytesAreReadOrRefusedInTime() {
    byte[] bytes = new byte[SIZE];
    new SplittableRandom(7).nextBytes(bytes);
    assertTimeoutPreemptively(BOUND, () -> {
      try {
        ReportReader.defaults().read(new ByteArrayInputStream(bytes), "random.bin");
      } catch (ReportFormatException e) {
        assertThat(e.getSource()).hasValue("random.bin");
      }
    });
  }
}
