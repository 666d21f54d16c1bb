package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.Reason;
import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.SourceLines;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The one pass of {@link CheckedText} agrees, on seeded random texts, with the separate passes it
 * replaced: the former {@code TextDecoder.checkText} loop (the same error for the same text),
 * {@link SourceLines#of(String)} (the same lines), folding (whether any character changes) and
 * {@link LineCleaner#plainRunEnd} (the same plain lines); and cleaning a checked text gives the lines
 * cleaning the plain string gives.
 */
class CheckedTextTest {

  private static final String[] PIECES = {"依法", "行政", "，", "。", "2019", "年", " ", "  ", "\u3000", "\t",
      "\u00A0", "\u200B", "\uFEFF", "&nbsp;", "<br>", "[", "&", "<", "一、", "（二）", "\n", "\n", "\r\n", "\r",
      "\n\r", "\u0001", "\u000B", "\f", "２０", "．５％", "－", "～", "＋", "，", "：", "Ａ", "\uFFFD", "上",
      "发布时间：", "首页", "版权所有"};
  private static final String[] RARE = {"\u0000", "\uFFFE", "\uFFFF", "\u0002\u0003\u0004\u0005\u0006"};

  @Test
  void onePassAgreesWithTheSeparatePasses() {
    SplittableRandom random = new SplittableRandom(20261204L);
    int refused = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder(random.nextInt(4) == 0 ? "\uFEFF" : "");
      for (int k = random.nextInt(14); k > 0; k--) {
        b.append(random.nextInt(60) == 0 ? RARE[random.nextInt(RARE.length)]
            : PIECES[random.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      String expectedError = formerCheck(text);
      CheckedText checked;
      try {
        checked = CheckedText.of(text, "t.txt");
      } catch (ReportFormatException e) {
        assertThat(e.reason().key()).as("[%s]", text).isEqualTo(expectedError);
        refused++;
        continue;
      }
      assertThat(expectedError).as("[%s]", text).isNull();
      String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
      assertThat(checked.text).isEqualTo(body);
      assertThat(new String(checked.chars, 0, body.length())).isEqualTo(body);
      assertThat(checked.foldable).as("[%s]", body).isEqualTo(!CharClasses.fold(body).equals(body));
      SourceLines expected = SourceLines.of(body);
      assertThat(checked.lines.count()).as("[%s]", body).isEqualTo(expected.count());
      SourceText source = new SourceText(checked);
      for (int line = 0; line < expected.count(); line++) {
        assertThat(checked.lines.start(line)).isEqualTo(expected.start(line));
        assertThat(checked.lines.end(line)).isEqualTo(expected.end(line));
        int from = expected.start(line);
        int to = expected.end(line);
        while (from < to && CharClasses.isSpace(body.charAt(from))) {
          from++;
        }
        while (to > from && CharClasses.isSpace(body.charAt(to - 1))) {
          to--;
        }
        assertThat(source.isPlainRun(line, from, to)).as("line %d of [%s]", line, body)
            .isEqualTo(LineCleaner.plainRunEnd(checked.chars, from, to) == to);
      }
      assertSameLines(LineCleaner.clean(source), LineCleaner.clean(new SourceText(body)), body);
    }
    assertThat(refused).isBetween(100, 19_000);
  }

  /** Texts of many short lines outgrow the first line arrays (one slot per 32 characters). */
  @Test
  void manyShortLinesAreAllFound() {
    SplittableRandom random = new SplittableRandom(4122026L);
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(2_000); k >= 0; k--) {
        String piece = PIECES[random.nextInt(PIECES.length)];
        b.append(piece.equals("\u0001") || piece.equals("\u000B") ? "依法" : piece) // no binary refusal
            .append(random.nextBoolean() ? "\n" : "\r\n");
      }
      String body = b.toString();
      CheckedText checked = CheckedText.of(body, "t.txt");
      SourceLines expected = SourceLines.of(checked.text); // without a leading byte-order mark
      assertThat(checked.lines.count()).isEqualTo(expected.count());
      for (int line = 0; line < expected.count(); line++) {
        assertThat(checked.lines.start(line)).isEqualTo(expected.start(line));
        assertThat(checked.lines.end(line)).isEqualTo(expected.end(line));
      }
    }
  }

  /** The pass gathers the full-width forms it sees as bits: each one alone folds as folding says. */
  @Test
  void everyFullWidthFormFoldsAsFoldingSays() {
    for (char c = '\uFF05'; c < '\uFFFE'; c++) {
      String body = "依法" + c + "\n";
      assertThat(CheckedText.of(body, "t.txt").foldable).as("U+%04X", (int) c)
          .isEqualTo(CharClasses.fold(c) != c).isEqualTo(CharClasses.foldsAbove(c));
      assertThat(CheckedText.of("\uFF0C" + body + "\uFF1B", "t.txt").foldable).as("U+%04X", (int) c)
          .isEqualTo(CharClasses.fold(c) != c);
    }
  }

  @Test
  void checkTextStillRefusesAndStrips() {
    assertThat(TextDecoder.checkText("\uFEFF依法行政", "a.txt")).isEqualTo("依法行政");
    assertThat(formerCheck("\uFEFF \n\t")).isEqualTo("empty");
  }

  /** The checks as {@code TextDecoder.checkText} made them before the one pass: the reason, or null. */
  private static String formerCheck(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int controls = 0;
    int n = body.length();
    for (int i = 0; i < n; i++) {
      char c = body.charAt(i);
      if (c < 0x20) {
        if (c == 0) {
          return "binary";
        }
        if (c != '\n' && c != '\r' && c != '\t' && c != '\f') {
          controls++;
        }
      } else if (c >= '\uFFFE') {
        return "binary";
      }
    }
    if (controls > 8 && controls * 100L > n) {
      return "binary";
    }
    boolean content = false;
    for (int i = 0; i < n && !content; i++) {
      char c = body.charAt(i);
      content = c >= 0x20 && !CharClasses.isSpace(c);
    }
    return content ? null : Reason.of("empty").key();
  }

  private static void assertSameLines(List<CleanLine> got, List<CleanLine> expected, String text) {
    assertThat(got).as("[%s]", text).hasSameSizeAs(expected);
    for (int i = 0; i < got.size(); i++) {
      CleanLine a = got.get(i);
      CleanLine e = expected.get(i);
      assertThat(a.string()).isEqualTo(e.string());
      assertThat(a.lineIndex()).isEqualTo(e.lineIndex());
      assertThat(a.noise()).isEqualTo(e.noise());
      assertThat(a.mayHoldSpace()).isEqualTo(e.mayHoldSpace());
      for (int k = 0; k <= a.length(); k++) {
        assertThat(a.text().offsetAt(k)).isEqualTo(e.text().offsetAt(k));
      }
    }
  }
}
