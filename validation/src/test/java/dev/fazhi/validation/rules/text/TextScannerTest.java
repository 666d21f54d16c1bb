package dev.fazhi.validation.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.SourceLines;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextScannerTest {

  private static List<TextScanner.Hit> scan(String text, TextScanner.Kind rule) {
    return TextScanner.scan(text).stream().filter(h -> h.rule() == rule).toList();
  }

  @Test
  void repeatedPhrasesOfTwoToEightCharactersButNoSingleCharacters() {
    assertThat(scan("执法执法", TextScanner.Kind.REPEATED_PHRASE)).singleElement()
        .extracting(TextScanner.Hit::argument).isEqualTo("执法");
    assertThat(scan("推进依法行政推进依法行政工作", TextScanner.Kind.REPEATED_PHRASE)).singleElement()
        .extracting(TextScanner.Hit::argument).isEqualTo("推进依法行政");
    assertThat(scan("执法执法执法", TextScanner.Kind.REPEATED_PHRASE)).hasSize(1);
    assertThat(scan("常常人人哈哈哈哈天天", TextScanner.Kind.REPEATED_PHRASE)).isEmpty();
    assertThat(scan("2019201920192019", TextScanner.Kind.REPEATED_PHRASE)).isEmpty();
  }

  @Test
  void doubledPunctuationOnceARun() {
    assertThat(scan("甲、、乙，，，丙", TextScanner.Kind.DOUBLED_PUNCTUATION))
        .extracting(TextScanner.Hit::argument).containsExactly("、、", "，，，");
    assertThat(scan("省略……破折——", TextScanner.Kind.DOUBLED_PUNCTUATION)).isEmpty();
  }

  @Test
  void lettersInNumbers() {
    assertThat(scan("〔20I9〕、2O19年、〔202l〕", TextScanner.Kind.LETTER_IN_NUMBER))
        .extracting(TextScanner.Hit::argument).containsExactly("20I9", "2O19", "202l");
    assertThat(scan("H7N9、ISO9001、O2O、5G、10Ox、3O、1l号", TextScanner.Kind.LETTER_IN_NUMBER)).isEmpty();
  }

  @Test
  void residue() {
    assertThat(scan("[bookmark: _GoBack]正文\n当前位置：首页 发布时间:2021 字体:【", TextScanner.Kind.EDITOR_RESIDUE))
        .extracting(TextScanner.Hit::argument)
        .containsExactlyInAnyOrder("[bookmark: _GoBack]", "当前位置", "字体:【");
  }

  @Test
  void otherSitesBreadcrumbsAreNavigationResidue() {
    assertThat(scan("您现在的位置：网站首页 > 信息公开\n您的位置：首页\n您当前的位置：首页", TextScanner.Kind.EDITOR_RESIDUE))
        .extracting(TextScanner.Hit::argument).containsExactly("您现在的位置", "您的位置", "您当前的位置");
    assertThat(TextScanner.residueKind("您现在的位置")).isEqualTo("navigation");
    // a report that addresses its reader is no page: 您 alone, or 位置 in a sentence, is no residue
    assertThat(scan("请您留意窗口位置调整。", TextScanner.Kind.EDITOR_RESIDUE)).isEmpty();
  }

  @Test
  void scanningIsLinearOnAdversarialText() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      text.append(i % 7 == 0 ? "执" : "法").append(i % 11 == 0 ? "、" : "").append(i % 13 == 0 ? "1I" : "");
    }
    text.append("[bookmark:".repeat(100_000)).append('\n').append("[bookmark:]".repeat(100_000));
    String big = text.toString();
    long start = System.nanoTime();
    assertThat(TextScanner.scan(big)).filteredOn(h -> h.rule() == TextScanner.Kind.EDITOR_RESIDUE)
        .hasSize(200_000);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    assertThat(elapsed).isLessThan(Duration.ofSeconds(5));
  }

  /**
   * The one-pass scanner finds exactly what the separate scans found (the reference keeps them), on
   * seeded random texts over an alphabet dense in repeats, marks, digits and look-alikes.
   */
  /** The scan's character tests by comparison, against the searches and calls they replace. */
  @Test
  void characterTestsAgreeWithTheSimpleOnesForEveryCharacter() {
    for (int code = 0; code <= Character.MAX_VALUE; code++) {
      char c = (char) code;
      assertThat(TextScanner.isPunctuation(c)).as("U+%04X", code)
          .isEqualTo(TextScanner.PUNCTUATION.indexOf(c) >= 0);
      assertThat(TextScanner.isLookAlike(c)).as("U+%04X", code)
          .isEqualTo(TextScanner.LOOK_ALIKES.indexOf(c) >= 0);
      assertThat(TextScanner.isHan(c)).as("U+%04X", code)
          .isEqualTo((c >= '\u4E00' && c <= '\u9FA5') || Character.isIdeographic(c));
    }
  }

  /** The de Bruijn lookup of the lowest bit set, against {@link Long#numberOfTrailingZeros}. */
  @Test
  void lowestBitIsTheNumberOfTrailingZeros() {
    SplittableRandom random = new SplittableRandom(20261204L);
    for (int t = 0; t < 100_000; t++) {
      long bits = t < 64 ? 1L << t : random.nextLong() >>> random.nextInt(64);
      if (bits != 0) {
        assertThat(TextScanner.Scan.lowestBit(bits)).as("%x", bits)
            .isEqualTo(Long.numberOfTrailingZeros(bits));
      }
    }
  }

  @Test
  void onePassScanFindsWhatTheSeparateScansFound() {
    String[] pieces = {"执", "法", "依", "政", "行", "执法", "依法行政", "、", "，", "。", "；", "：", "？",
        "！", ",", ";", ":", "?", "!", "…", "—", "0", "1", "2", "9", "I", "l", "O", "o", "x", "H", "\n",
        "\r\n", " ", "\u3000", "〇", "〆", "㐀", "\uD840\uDC00", "当前位置", "[bookmark: a]", "[bookmark:", "]", "[", "[endif]", "<!--", "字体:【", "字体：【", "【打印】",
        "【打印本页】", "【关闭", "窗口】", "分享到：", "视力保护色",
        // low bytes shared with a digit, a marker start or 执 (the scan filters on the low byte)
        "\u4E30", "\u4E5B", "S", "g", "\u0167", "\u3067",
        // low ten bits shared with 0, 执 and 当 (the first pass keys its tables on them)
        "\u5030", "\u4E67", "\u5353"};
    SplittableRandom random = new SplittableRandom(20261123L);
    Comparator<TextScanner.Hit> order = Comparator.comparing((TextScanner.Hit h) -> h.rule())
        .thenComparingInt(TextScanner.Hit::start).thenComparingInt(TextScanner.Hit::end)
        .thenComparing(TextScanner.Hit::argument);
    TextScanner.Scan reused = new TextScanner.Scan(); // one scanner for all texts, as TextRules does
    int withHits = 0;
    for (int t = 0; t < 20_000; t++) {
      StringBuilder text = new StringBuilder();
      int alphabet = 2 + random.nextInt(pieces.length - 1);
      int length = random.nextInt(t % 100 == 0 ? 400 : 60);
      for (int k = 0; k < length; k++) {
        text.append(pieces[random.nextInt(alphabet)]);
      }
      String s = text.toString();
      List<TextScanner.Hit> expected = ReferenceTextScanner.scan(s).stream().sorted(order).toList();
      assertThat(TextScanner.scan(s).stream().sorted(order).toList()).as(s).isEqualTo(expected);
      assertThat(reused.run(s).stream().sorted(order).toList()).as(s).isEqualTo(expected);
      withHits += expected.isEmpty() ? 0 : 1;
    }
    assertThat(withHits).isGreaterThan(5_000);
  }

  /**
   * A report without its source text is scanned as its texts joined by line feeds ({@code TextHits}):
   * that finds, in each text, exactly what scanning it alone finds, and no hit spans two texts.
   */
  @Test
  void textsJoinedByLineFeedsGiveEachTextsOwnHits() {
    String[] pieces = {"执", "法", "执法", "依法行政", "、", "，", "。", "0", "1", "9", "I", "l", "O", "x",
        "\n", "\r", "当前位置", "[bookmark: a]", "[bookmark:", "]", "字体:【", "\u4E30", "S"};
    SplittableRandom random = new SplittableRandom(20261203L);
    Comparator<String> order = Comparator.naturalOrder();
    int withHits = 0;
    for (int t = 0; t < 5_000; t++) {
      List<String> texts = new java.util.ArrayList<>();
      int count = 1 + random.nextInt(6);
      for (int u = 0; u < count; u++) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(30);
        for (int k = 0; k < length; k++) {
          text.append(pieces[random.nextInt(pieces.length)]);
        }
        texts.add(text.toString());
      }
      List<String> alone = new java.util.ArrayList<>();
      for (int u = 0; u < texts.size(); u++) {
        for (TextScanner.Hit hit : TextScanner.scan(texts.get(u))) {
          alone.add(u + " " + hit);
        }
      }
      StringBuilder joined = new StringBuilder();
      int[] starts = new int[texts.size()];
      for (int u = 0; u < texts.size(); u++) {
        starts[u] = joined.length();
        joined.append(texts.get(u)).append('\n');
      }
      // TextHits appends the texts straight into the scanner's buffer: the same text, the same hits
      TextScanner.Scan appended = new TextScanner.Scan(t % 2 == 0 ? 0 : joined.length());
      for (String text : texts) {
        appended.append(text);
        appended.append('\n');
      }
      List<TextScanner.Hit> joinedHits = TextScanner.scan(joined.toString());
      assertThat(appended.run()).as(String.join("|", texts)).isEqualTo(joinedHits);
      List<String> together = new java.util.ArrayList<>();
      for (TextScanner.Hit hit : joinedHits) {
        int u = java.util.Arrays.binarySearch(starts, hit.start());
        u = u >= 0 ? u : -u - 2;
        assertThat(hit.end()).as("a hit within one text").isLessThanOrEqualTo(
            starts[u] + texts.get(u).length());
        together.add(u + " " + new TextScanner.Hit(hit.rule(), hit.start() - starts[u],
            hit.end() - starts[u], hit.argument()));
      }
      assertThat(together.stream().sorted(order).toList()).as(String.join("|", texts))
          .isEqualTo(alone.stream().sorted(order).toList());
      withHits += alone.isEmpty() ? 0 : 1;
    }
    assertThat(withHits).isGreaterThan(1_000);
  }

  /**
   * The lines a scan met on its way are the lines {@link SourceLines#of(String)} finds in the text, for
   * 20 000 seeded random texts of line ends ({@code \n}, {@code \r}, {@code \r\n}, at the start, the
   * end and in runs), characters whose low ten bits are a line end's, and the characters the scan looks
   * at closely; one scanner reused, as for a report's source texts one after another.
   */
  @Test
  void theLinesAScanMetAreTheLinesOfTheText() {
    String[] pieces = {"\n", "\r", "\r\n", "\n\r", "执", "法", "执法", "，，", "0", "2019", "20I9", "当前位置",
        "[bookmark:", "]", " ", "\u400A", "\u400D", "\u040A", "\u4C0D", "\u5C0A"};
    SplittableRandom random = new SplittableRandom(20261204L);
    TextScanner.Scan reused = new TextScanner.Scan();
    for (int t = 0; t < 20_000; t++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(t % 100 == 0 ? 500 : 40);
      for (int k = 0; k < length; k++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = text.toString();
      SourceLines expected = SourceLines.of(s);
      TextScanner.Scan scan = t % 2 == 0 ? reused : new TextScanner.Scan(s.length());
      scan.run(s);
      SourceLines found = scan.lines();
      assertThat(found.count()).as(s).isEqualTo(expected.count());
      for (int line = 0; line < expected.count(); line++) {
        assertThat(found.start(line)).as(s).isEqualTo(expected.start(line));
        assertThat(found.end(line)).as(s).isEqualTo(expected.end(line));
      }
      for (int offset = 0; offset <= s.length(); offset++) {
        assertThat(found.locate(offset)).as(s).isEqualTo(expected.locate(offset));
      }
    }
  }
}
