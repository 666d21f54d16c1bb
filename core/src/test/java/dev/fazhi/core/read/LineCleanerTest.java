package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast path of {@link LineCleaner#rawLine} (a clean line cut from the source, trimmed, with implicit
 * offsets) gives exactly the logical lines that cleaning every character gives.
 */
class LineCleanerTest {

  private static final String[] PIECES = {"依法", "行政", "，", "。", "2019", "年", " ", "  ", "    ", "\u3000",
      "\u3000\u3000", "\t", "\u00A0", "\u200B", "\uFEFF", "&nbsp;", "<br>", "[image:x]", "[", "&", "<", "一、",
      "（二）", "3.", "\u0001", "受理", "件"};

  @Test
  void fastAndCharacterByCharacterCleaningAgree() {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder b = new StringBuilder();
      int pieces = random.nextInt(10);
      for (int k = 0; k < pieces; k++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String prefix = random.nextBoolean() ? "前一行\n" : "";
      String text = prefix + b + "\n后一行";
      int start = prefix.length();
      int end = start + b.length();
      List<MappedText> fast = logicalLines(LineCleaner.rawLine(text, start, end));
      List<MappedText> slow = logicalLines(LineCleaner.cleaned(text, start, end));
      assertThat(fast).as("line [%s]", b).hasSameSizeAs(slow);
      for (int i = 0; i < fast.size(); i++) {
        assertSame(fast.get(i), slow.get(i), b.toString());
      }
    }
  }

  /**
   * Seeded: {@link LineCleaner#clean} gives the lines that cleaning every character, splitting and
   * collapsing give, whichever path each line takes; a line said to hold no space holds none.
   */
  @Test
  void cleaningATextGivesTheLinesOfCharacterByCharacterCleaning() {
    SplittableRandom random = new SplittableRandom(20261203L);
    String[] pieces = java.util.stream.Stream.concat(java.util.Arrays.stream(PIECES),
        java.util.stream.Stream.of("首页", "上一篇", "版权所有", "发布时间：")).toArray(String[]::new);
    int plain = 0;
    for (int round = 0; round < 3_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int line = random.nextInt(6); line >= 0; line--) {
        for (int k = random.nextInt(8); k > 0; k--) {
          b.append(pieces[random.nextInt(pieces.length)]);
        }
        b.append(line > 0 ? "\n" : "");
      }
      String text = b.toString();
      SourceText source = new SourceText(text);
      List<CleanLine> expected = new java.util.ArrayList<>();
      for (int line = 0; line < source.lineCount(); line++) {
        MappedText raw = LineCleaner.cleaned(text, source.lineStart(line), source.lineEnd(line));
        for (MappedText part : LineCleaner.splitRunOn(raw)) {
          MappedText collapsed = LineCleaner.collapse(part);
          expected.add(new CleanLine(collapsed, line,
              collapsed.isEmpty() ? null : NoiseTable.classify(collapsed.text())));
        }
      }
      List<CleanLine> lines = LineCleaner.clean(source);
      assertThat(lines).as("[%s]", text).hasSameSizeAs(expected);
      for (int i = 0; i < lines.size(); i++) {
        CleanLine got = lines.get(i);
        assertSame(got.text(), expected.get(i).text(), text);
        assertThat(got.lineIndex()).isEqualTo(expected.get(i).lineIndex());
        assertThat(got.noise()).as("noise of [%s]", got.string()).isEqualTo(expected.get(i).noise());
        if (!got.mayHoldSpace()) {
          assertThat(got.string()).doesNotContain(" ");
          plain++;
        }
      }
    }
    assertThat(plain).isGreaterThan(1_000);
  }

  private static List<MappedText> logicalLines(MappedText raw) {
    return LineCleaner.splitRunOn(raw).stream().map(LineCleaner::collapse).toList();
  }

  private static void assertSame(MappedText a, MappedText b, String line) {
    assertThat(a.text()).as("text of [%s]", line).isEqualTo(b.text());
    assertThat(a.sourceEnd()).as("end of [%s]", line).isEqualTo(b.sourceEnd());
    for (int i = -1; i <= a.length(); i++) {
      assertThat(a.offsetAt(i)).as("offset %d of [%s]", i, line).isEqualTo(b.offsetAt(i));
    }
    MappedText subA = a.sub(1, Math.max(1, a.length() - 1));
    MappedText subB = b.sub(1, Math.max(1, b.length() - 1));
    assertThat(subA.text()).isEqualTo(subB.text());
    assertThat(subA.sourceEnd()).as("end of a part of [%s]", line).isEqualTo(subB.sourceEnd());
    for (int i = -1; i <= subA.length(); i++) {
      assertThat(subA.offsetAt(i)).isEqualTo(subB.offsetAt(i));
    }
    MappedText joinedA = new MappedText.Builder(16).append(a).append(subA).build();
    MappedText joinedB = new MappedText.Builder(16).append(b).append(subB).build();
    assertThat(joinedA.text()).isEqualTo(joinedB.text());
    for (int i = -1; i <= joinedA.length(); i++) {
      assertThat(joinedA.offsetAt(i)).isEqualTo(joinedB.offsetAt(i));
    }
  }
}
