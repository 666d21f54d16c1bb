package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every noise marker of the table is recognised; content that merely mentions the words is not noise. */
class NoiseTableTest {

  static Stream<NoiseTable.LineEntry> lines() {
    return NoiseTable.LINES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void eachLineMarkerMakesANoiseLine(NoiseTable.LineEntry entry) {
    assertThat(NoiseTable.classify(entry.marker() + "首页 公告公示")).isEqualTo(entry.kind());
    if (!entry.prefixOnly()) {
      assertThat(NoiseTable.classify("长兴县卫生健康局 " + entry.marker() + " 2021-01-20")).isEqualTo(entry.kind());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"通过不同渠道和方式主动公开政府信息共计2000余条，信息来源可靠。",
      "（一）加强领导，夯实法治政府建设基础。", "现将有关情况报告如下："})
  void contentIsNoNoise(String line) {
    assertThat(NoiseTable.classify(line)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"发布时间", "浏览次数"})
  void aLongParagraphThatMentionsAMarkerIsNoNoise(String marker) {
    String paragraph = "本局" + marker + "统计" + "全面推进依法行政，".repeat(20);
    assertThat(NoiseTable.classify(paragraph)).isNull();
  }

  static Stream<NoiseTable.InlineEntry> inline() {
    return NoiseTable.INLINE.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inline")
  void eachInlineResidueIsRemovedFromContent(NoiseTable.InlineEntry entry) {
    String residue = entry.open() + (entry.close().isEmpty() ? "" : " _GoBack" + entry.close());
    String line = "促进执法" + residue + "规范";
    MappedText cleaned = LineCleaner.rawLine(line, 0, line.length());
    assertThat(cleaned.text()).isEqualTo("促进执法" + entry.replacement() + "规范");
    // what is left still points at its place in the source
    int last = cleaned.length() - 1;
    assertThat(line.charAt(cleaned.offsetAt(last))).isEqualTo('范');
  }

  @ParameterizedTest
  @ValueSource(strings = {"[bookmark: 未闭合", "[注释]"})
  void bracketsThatAreNoResidueStay(String text) {
    assertThat(LineCleaner.rawLine(text, 0, text.length()).text()).isEqualTo(text);
  }

  /**
   * Seeded: classifying a line where it stands in a text's characters gives what classifying the line
   * as a string gives, for lines short and long, with markers at their start and inside.
   */
  @Test
  void classifyingInTheTextsCharactersAgreesWithTheString() {
    SplittableRandom random = new SplittableRandom(13);
    List<String> pieces = new ArrayList<>(List.of("依法", "行政", "，", "。", "2019", "年", "首", "发",
        "ICP", "字体", "【", "上", "下", "：", "a"));
    NoiseTable.LINES.forEach(entry -> pieces.add(entry.marker()));
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(random.nextInt(8) == 0 ? 80 : 12); k > 0; k--) {
        b.append(pieces.get(random.nextInt(pieces.size())));
      }
      String line = b.toString();
      String text = "前文" + line + "后文";
      assertThat(NoiseTable.classify(text.toCharArray(), 2, 2 + line.length())).as("[%s]", line)
          .isEqualTo(line.isEmpty() ? null : NoiseTable.classify(line));
    }
  }

  /**
   * The one pass (which past a line's first character looks only at the first characters of markers
   * found inside lines) against the simple loop over the table: the first entry whose marker starts the
   * line, or for a prefix-free entry stands anywhere in a line of at most {@code MAX_NOISE_LINE}.
   */
  @Test
  void onePassAgreesWithTryingEveryEntry() {
    SplittableRandom random = new SplittableRandom(20261204L);
    List<String> pieces = new ArrayList<>(List.of("依法", "行政", "，", "。", "2019", "年", "首", "发", "上",
        "下", "主", "信", "来", "分", "网", "相", "当", "您", "：", "【", "ICP", "a", " "));
    NoiseTable.LINES.forEach(entry -> pieces.add(entry.marker()));
    int noise = 0;
    for (int round = 0; round < 30_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(random.nextInt(8) == 0 ? 90 : 10); k > 0; k--) {
        b.append(pieces.get(random.nextInt(pieces.size())));
      }
      String line = b.toString().strip();
      NoiseTable.Kind expected = null;
      for (NoiseTable.LineEntry entry : NoiseTable.LINES) {
        boolean inside = !entry.prefixOnly() && line.length() <= NoiseTable.MAX_NOISE_LINE
            && line.contains(entry.marker());
        if (line.startsWith(entry.marker()) || inside) {
          expected = entry.kind();
          break;
        }
      }
      assertThat(NoiseTable.classify(line)).as("[%s]", line).isEqualTo(expected);
      String text = "前文" + line + "后文";
      assertThat(NoiseTable.classify(text.toCharArray(), 2, 2 + line.length())).as("[%s]", line)
          .isEqualTo(expected);
      noise += expected != null ? 1 : 0;
    }
    assertThat(noise).isGreaterThan(5_000);
  }
}
