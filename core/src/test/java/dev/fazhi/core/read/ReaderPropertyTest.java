package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of the reader over seeded arbitrary strings: any mix of CJK, ASCII, full-width forms,
 * punctuation, heading labels, controls and (lone) surrogates ends in a report or a
 * {@link ReportFormatException}; reading is deterministic; and a well-formed string reads the same as
 * its UTF-8 bytes.
 */
class ReaderPropertyTest {

  private static final String[] LABELS = {
      "一、", "二、", "十一、", "（一）", "(二)", "1.", "2、", "１．", "（1）", "①", "第一部分", "一是", "其中：",
      "青山区司法局2024年法治政府建设年度报告", "法治政府建设", "年度报告", "政府信息公开", "存在的问题", "下一步", "%",
      "％", "万元", "元", "件", "人次", "率", "〔2019〕", "年", "月", "日", "发布时间：", "\n", "\r\n", "\n\n", "\u3000",
      "\u00A0"};

  private static final String PUNCTUATION = "，。；：、（）《》“”【】…—·！？";

  private static String arbitrary(SplittableRandom random) {
    int length = random.nextInt(0, 400);
    StringBuilder b = new StringBuilder(length * 2);
    if (random.nextInt(4) == 0) {
      b.append(LABELS[13]).append('\n');
    }
    while (b.length() < length) {
      switch (random.nextInt(10)) {
        case 0, 1 -> b.append(LABELS[random.nextInt(LABELS.length)]);
        case 2, 3 -> b.append((char) random.nextInt(0x4E00, 0x9FA6)); // CJK ideographs
        case 4 -> b.append((char) random.nextInt(0x20, 0x7F)); // printable ASCII
        case 5 -> b.append((char) random.nextInt(0xFF01, 0xFF5F)); // full-width forms
        case 6 -> b.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
        case 7 -> b.append((char) ('0' + random.nextInt(10)));
        case 8 -> b.appendCodePoint(random.nextInt(0x1F300, 0x1F650)); // a surrogate pair
        default -> b.append((char) random.nextInt(0, 0x10000)); // anything, lone surrogates included
      }
    }
    return b.toString();
  }

  private static Object outcome(ReportReader reader, String text) {
    try {
      return reader.read(text, "arbitrary");
    } catch (ReportFormatException e) {
      assertThat(e.getSource()).hasValue("arbitrary");
      assertThat(e.getReason()).isNotBlank();
      return e.getClass().getName() + ": " + e.getReason();
    }
  }

  private static Object outcome(ReportReader reader, byte[] bytes) throws IOException {
    try {
      return reader.read(new ByteArrayInputStream(bytes), "arbitrary");
    } catch (ReportFormatException e) {
      assertThat(e.getSource()).hasValue("arbitrary");
      return e.getClass().getName() + ": " + e.getReason();
    }
  }

  private static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void arbitraryStringsGiveAReportOrAFormatErrorDeterministically() throws IOException {
    ReportReader reader = ReportReader.defaults();
    SplittableRandom random = new SplittableRandom(6_2026_11_23L);
    int reports = 0;
    int sameAsBytes = 0;
    for (int round = 0; round < 4_000; round++) {
      String text = arbitrary(random);
      Object first = outcome(reader, text);
      assertThat(outcome(reader, text)).as("round %d read twice", round).isEqualTo(first);
      if (first instanceof Report) {
        reports++;
        // Reading a second, independent reader gives the same report: no state is kept between reads.
        assertThat(outcome(ReportReader.builder().build(), text)).isEqualTo(first);
      }
      if (wellFormed(text) && first instanceof Report && text.indexOf('\uFEFF') < 0) {
        assertThat(outcome(reader, text.getBytes(StandardCharsets.UTF_8)))
            .as("round %d as UTF-8 bytes", round).isEqualTo(first);
        sameAsBytes++;
      }
    }
    assertThat(reports).as("reports among 4 000 arbitrary strings").isGreaterThan(200);
    assertThat(sameAsBytes).isGreaterThan(50);
  }
}
