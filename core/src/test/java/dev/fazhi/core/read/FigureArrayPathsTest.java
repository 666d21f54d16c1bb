package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Figure;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The figure finders' array paths against the code they replace: the word tables' lookups on arrays, the
 * number scanner that reads its words from the array and counts plain numbers in a {@code long}, the
 * search for 其中 only before numbers of its sentence, the quote stripped before it is cut, and no finder
 * for a paragraph without a count, an amount or a percentage. Seeded random paragraphs.
 */
class FigureArrayPathsTest {

  /** Words before numbers, marks of approximation and other pieces, some that end a clause or a sentence. */
  private static final String[] WORDS = {"办理", "案件", "处罚率", "完成", "任务", "达到", "共", "其中", "对其中", "近", "约",
      "超过", "不低于", "不超过", "低于", "第", "《", "》", "“", "”", "〔", "〕", "（", "）", "上万", "上千", "上", "A", " ",
      "\u3000", "，", "。", "、", "；", "：", "", "", ""};
  /** Numbers of every shape the scanner reads. */
  private static final String[] NUMBERS = {"12", "3", "０９", "2,089,245.42", "1,234", "1.5", "12.", ".5", "１．５",
      "12345678901234567", "123456789012345678", "1234567890123456789", "99999999999999999999999999999999",
      "922337203685477", "100", "7", "0"};
  /** What follows a number: units, units of time, money, scales, percentages, ranges, marks. */
  private static final String[] AFTER = {"件", "人次", "个工作日", "个月", "年", "万元", "亿元", "元", "万件", "亿人",
      "%", "％", "余件", "多家", "件以上", "人左右", "件上下", "%以上", "%以下", "起", "家", "-", "~", "至", "+", "A", " 件",
      "", "，", "。"};

  private static String paragraph(SplittableRandom random, int maxPieces) {
    StringBuilder b = new StringBuilder();
    int count = random.nextInt(maxPieces + 1);
    for (int k = 0; k < count; k++) {
      b.append(WORDS[random.nextInt(WORDS.length)]);
      if (random.nextInt(4) > 0) {
        b.append(NUMBERS[random.nextInt(NUMBERS.length)]).append(AFTER[random.nextInt(AFTER.length)]);
      }
      if (random.nextBoolean()) {
        b.append(WORDS[random.nextInt(WORDS.length)]);
      }
    }
    return b.toString();
  }

  /** An array that starts with a text's characters and holds others after them, never to be read. */
  private static char[] padded(String text) {
    return (text + "人次件万元以上").toCharArray();
  }

  @Test
  void arrayLookupsFindWhatStringLookupsFind() {
    SplittableRandom random = new SplittableRandom(1204);
    List<WordTable> tables = List.of(FigurePatterns.COUNT_UNITS, FigurePatterns.NOT_COUNT_UNITS,
        FigurePatterns.APPROXIMATE_BEFORE, FigurePatterns.APPROXIMATE_BETWEEN, FigurePatterns.APPROXIMATE_AFTER,
        FigurePatterns.AT_LEAST, FigurePatterns.AT_MOST, FigurePatterns.RATE_LINKS,
        FigurePatterns.SUBJECT_FILLERS_AFTER);
    int found = 0;
    for (int round = 0; round < 5_000; round++) {
      String text = paragraph(random, 10);
      char[] a = padded(text);
      int n = text.length();
      for (WordTable table : tables) {
        for (int at = -1; at <= n + 1; at++) {
          String expected = table.longestAt(text, at);
          assertThat(table.longestAt(a, n, at)).as("[%s] at %d", text, at).isEqualTo(expected);
          found += expected == null ? 0 : 1;
          int floor = random.nextInt(n + 1);
          if (at >= 0 && at <= n) {
            assertThat(table.longestEndingAt(a, n, at, floor)).as("[%s] ending %d from %d", text, at, floor)
                .isEqualTo(table.longestEndingAt(text, at, floor));
          }
        }
      }
    }
    assertThat(found).isGreaterThan(10_000);
  }

  @Test
  void scannerFindsWhatTheFormerScannerFound() {
    SplittableRandom random = new SplittableRandom(20261204);
    int counts = 0;
    int others = 0;
    for (int round = 0; round < 20_000; round++) {
      String text = CharClasses.fold(paragraph(random, 16));
      List<NumberToken> former = NumberScannerReference.scanFolded(text, text.toCharArray());
      List<NumberToken> now = NumberScanner.scanFolded(padded(text), text.length());
      assertThat(now).as("[%s]", text).hasSameSizeAs(former);
      for (int k = 0; k < now.size(); k++) {
        NumberToken f = former.get(k);
        NumberToken t = now.get(k);
        String at = "[" + text + "] token " + k;
        assertThat(t.type).as(at).isEqualTo(f.type);
        assertThat(new int[] {t.start, t.numberStart, t.numberEnd, t.end, t.clauseStart, t.sentenceStart, t.index})
            .as(at).containsExactly(f.start, f.numberStart, f.numberEnd, f.end, f.clauseStart, f.sentenceStart,
                f.index);
        assertThat(t.unit).as(at).isEqualTo(f.unit);
        assertThat(t.money).as(at).isEqualTo(f.money);
        assertThat(new boolean[] {t.approximate, t.atLeast, t.atMost}).as(at)
            .containsExactly(f.approximate, f.atLeast, f.atMost);
        if (t.type == NumberToken.Type.COUNT) {
          assertThat(t.count).as(at).isEqualTo(f.count);
          counts++;
        } else if (t.type == NumberToken.Type.AMOUNT || t.type == NumberToken.Type.PERCENT) {
          assertThat(t.value).as(at).isEqualTo(f.value); // equals: the same scale too
          others++;
        }
      }
    }
    assertThat(counts).isGreaterThan(10_000);
    assertThat(others).isGreaterThan(5_000);
  }

  @Test
  void largeCountsAreSkippedAsBefore() {
    for (String text : List.of("922337203685477万件", "92233720368547758亿件", "9223372036854775807件",
        "922337203685477.5807万件", "1.5万件", "1.55件", "100000000000000000亿人")) {
      List<NumberToken> former = NumberScannerReference.scanFolded(text, text.toCharArray());
      List<NumberToken> now = NumberScanner.scanFolded(padded(text), text.length());
      assertThat(now.get(0).type).as(text).isEqualTo(former.get(0).type);
      assertThat(now.get(0).count).as(text).isEqualTo(former.get(0).count);
    }
  }

  @Test
  void ofWhichBeforeNumbersFindsWhatTryingEveryPlaceFinds() {
    SplittableRandom random = new SplittableRandom(4123);
    String[] pieces = {"其中", "其中", "对其中", "办理", "案件", "12件", "3件", "9件", "12件", "3件", "9件", "5项", "2019年",
        "，", "，", "。", "、", "、", "；", "（", "）", "100%", "论文", "2篇", "建言", "共", "其", "中"};
    int made = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      int count = 1 + random.nextInt(20);
      for (int k = 0; k < count; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      ParagraphView v = new ParagraphView(MappedText.of(text), new SourceText(text));
      FigureSink every = new FigureSink(v);
      new BreakdownFinder(v, every).ofWhichTryingEvery();
      FigureSink before = new FigureSink(v);
      new BreakdownFinder(v, before).ofWhich();
      List<Figure> expected = every.figures();
      assertThat(before.figures()).as("[%s]", text).isEqualTo(expected);
      made += expected.size();
    }
    assertThat(made).isGreaterThan(2_000);
  }

  @Test
  void quoteIsTheStrippedSubstring() {
    SplittableRandom random = new SplittableRandom(77);
    String[] pieces = {" ", "\u3000", "\t", "办理", "12件", "，", "\uD840\uDC00", "\u00A0", "a"};
    for (int round = 0; round < 5_000; round++) {
      StringBuilder b = new StringBuilder();
      int count = 1 + random.nextInt(8);
      for (int k = 0; k < count; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      ParagraphView v = new ParagraphView(MappedText.of(text), new SourceText(text));
      int from = random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() + 3);
      assertThat(Quotes.quote(v, from, to)).as("[%s] %d..%d", text, from, to)
          .isEqualTo(text.substring(from, Math.min(to, text.length())).strip());
    }
  }

  @Test
  void aParagraphWithoutCountsAmountsOrRatesHasNoFigures() {
    for (String text : List.of("", "2019年3月", "热线12345", "《条例》第3条", "2020年度工作报告。", "上午", "3-5件")) {
      ParagraphView v = new ParagraphView(MappedText.of(text), new SourceText(text));
      assertThat(v.holdsFigure()).as(text).isFalse();
      assertThat(Figures.of(text)).as(text).isEmpty();
    }
    assertThat(new ParagraphView(MappedText.of("办理3件"), new SourceText("办理3件")).holdsFigure()).isTrue();
  }

  @Test
  void clauseLooksOnTheArrayFindWhatTheTextHolds() {
    SplittableRandom random = new SplittableRandom(5150);
    List<String> words = new java.util.ArrayList<>(List.of("其中", "完成", "化解", "办结", "中其"));
    words.addAll(FigurePatterns.CLOSED_WORDS);
    words.addAll(FigurePatterns.SUBSET_VERBS);
    for (FigurePatterns.RateEntry entry : FigurePatterns.RATES) {
      words.addAll(entry.numeratorWords());
      words.addAll(entry.denominatorWords());
    }
    String[] pieces = {"其中", "其", "中", "完成", "关闭", "注销", "化解", "办理", "公示", "共计", "分别为", "约", " ", "\u3000",
        "１２件", "3件", "５０％", "，", "。", "、", "（", "）", "任务", "抽检", "无法检查", "处罚决定", "．"};
    int tokens = 0;
    for (int round = 0; round < 10_000; round++) {
      StringBuilder b = new StringBuilder();
      int count = 1 + random.nextInt(16);
      for (int k = 0; k < count; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      ParagraphView v = new ParagraphView(MappedText.of(text), new SourceText(text));
      for (NumberToken t : v.tokens) {
        String clause = text.substring(t.clauseStart, t.start);
        String at = "[" + text + "] at " + t.start;
        for (String word : words) {
          assertThat(v.clauseContains(t, word)).as(at + " " + word).isEqualTo(clause.contains(word));
        }
        long range = Subjects.trimmedPacked(padded(text), text.length(), t.clauseStart, t.start);
        assertThat(text.substring((int) (range >>> 32), (int) range)).as(at)
            .isEqualTo(FillerTrimmingTest.byCuttingStrings(clause));
        int end = t.end;
        while (end < text.length() && !CharClasses.isClauseBoundary(text.charAt(end)) && end - t.end < 60) {
          end++;
        }
        assertThat(v.clauseEnd(t.end)).as(at).isEqualTo(end);
        tokens++;
      }
    }
    assertThat(tokens).isGreaterThan(5_000);
  }
}
