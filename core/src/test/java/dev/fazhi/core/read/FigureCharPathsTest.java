package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Count;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The figure finders' character paths of 4 December, round 4, against the code they replace: the
 * paragraph's own characters read from an array instead of {@code String.charAt}, the search for a
 * word of two characters, the tables' one-bit test before a lookup, the search for several words in one
 * pass, 其中 with constant characters, the rate tables and the action rule asking for exclusions once,
 * the range marks compared instead of searched, decimals read without a string, and the sink's sort
 * skipped when the figures stand in order. Seeded random inputs.
 */
class FigureCharPathsTest {

  /** Pieces of paragraphs: CJK words, marks, white space, numbers that fold (full-width) and do not. */
  private static final String[] PIECES = {"其中", "其", "中", "完成", "采纳", "采用", "公示", "办结", "办理", "案件",
      "处罚率", " ", "\u3000", "\u00A0", "１２件", "3件", "2,089.5万元", "５０％", "50%", "，", "。", "、", "；", "（",
      "）", "(", ")", "：", "率", "\uD840\uDC00", "．", "1.5", "任务", "论文"};

  private static String paragraph(SplittableRandom random, int maxPieces) {
    StringBuilder b = new StringBuilder();
    int count = 1 + random.nextInt(maxPieces);
    for (int k = 0; k < count; k++) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  @Test
  void textCharsAreTheTextsOwnCharacters() {
    SplittableRandom random = new SplittableRandom(41204);
    int folded = 0;
    for (int round = 0; round < 10_000; round++) {
      String text = paragraph(random, 16);
      ParagraphView v = new ParagraphView(MappedText.of(text), new SourceText(text));
      for (int k = 0; k < text.length(); k++) {
        assertThat(v.textChars[k]).as("[%s] at %d", text, k).isEqualTo(text.charAt(k));
      }
      if (CharClasses.fold(text).equals(text)) {
        assertThat(v.textChars).as(text).isSameAs(v.foldedChars()); // no copy when nothing folds
      } else {
        folded++;
      }
    }
    assertThat(folded).isGreaterThan(1_000);
  }

  @Test
  void wordSearchOnTheArrayFindsWhatStringIndexOfFinds() {
    SplittableRandom random = new SplittableRandom(2);
    String alphabet = "其中完成ab";
    for (int round = 0; round < 20_000; round++) {
      String text = random(random, alphabet, 12);
      String word = random(random, alphabet, 3);
      if (word.isEmpty()) {
        continue;
      }
      char[] a = (text + "其中中完").toCharArray(); // characters after the text are never read
      int n = text.length();
      int from = random.nextInt(n + 4) - 2;
      int expected = text.indexOf(word, from);
      assertThat(ParagraphView.indexOf(a, n, word, from)).as("[%s] %s from %d", text, word, from)
          .isEqualTo(expected);
      if (word.length() == 2) {
        assertThat(ParagraphView.indexOf(a, n, word.charAt(0), word.charAt(1), from))
            .as("[%s] %s from %d", text, word, from).isEqualTo(expected);
      }
    }
  }

  private static String random(SplittableRandom random, String alphabet, int max) {
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(max + 1);
    for (int k = 0; k < n; k++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @Test
  void aTableMayStartWithEveryFirstCharacterOfItsWords() {
    List<WordTable> tables = List.of(FigurePatterns.COUNT_UNITS, FigurePatterns.NOT_COUNT_UNITS,
        FigurePatterns.APPROXIMATE_BEFORE, FigurePatterns.APPROXIMATE_BETWEEN, FigurePatterns.APPROXIMATE_AFTER,
        FigurePatterns.AT_LEAST, FigurePatterns.AT_MOST, FigurePatterns.RATE_LINKS,
        FigurePatterns.SUBJECT_FILLERS_AFTER, FigurePatterns.SUBJECT_FILLERS_BEFORE,
        FigurePatterns.SUBSET_QUALIFIER_TABLE, FigurePatterns.SUBSET_VERB_TABLE);
    for (WordTable table : tables) {
      for (char c = 0; c < Character.MAX_VALUE; c++) {
        if (!table.mayStartWith(c)) {
          // what the lookup would answer for a text of this character and every word that starts with it
          String text = c + String.join("", table);
          assertThat(table.longestAt(text.toCharArray(), text.length(), 0)).as("%04x", (int) c).isNull();
        }
      }
      for (String w : table) {
        assertThat(table.mayStartWith(w.charAt(0))).as(w).isTrue();
      }
    }
  }

  @Test
  void onePassSearchesFindWhatWordByWordSearchesFind() {
    SplittableRandom random = new SplittableRandom(3141);
    int tokens = 0;
    for (int round = 0; round < 10_000; round++) {
      String text = paragraph(random, 16);
      ParagraphView v = new ParagraphView(MappedText.of(text), new SourceText(text));
      BreakdownFinder finder = new BreakdownFinder(v, new FigureSink(v));
      int from = random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() - from + 1);
      for (List<String> words : List.of(FigurePatterns.SUBSET_VERBS, FigurePatterns.SUBSET_QUALIFIERS)) {
        assertThat(finder.holdsAny(from, to, WordTable.of(words))).as("[%s] %d..%d", text, from, to)
            .isEqualTo(finder.holdsAny(from, to, words));
      }
      for (NumberToken t : v.tokens) {
        assertThat(v.clauseContainsAny(t, FigurePatterns.SUBSET_QUALIFIER_TABLE)).as("[%s] at %d", text, t.start)
            .isEqualTo(v.clauseContainsAny(t, FigurePatterns.SUBSET_QUALIFIERS));
        assertThat(v.clauseHoldsOfWhich(t)).as("[%s] at %d", text, t.start).isEqualTo(v.clauseContains(t, "其中"));
        tokens++;
      }
    }
    assertThat(tokens).isGreaterThan(5_000);
  }

  @Test
  void ratesAskTheExclusionsOnceAndFindWhatTheyFound() {
    List<String> pieces = new ArrayList<>(List.of("率", "按时", "处罚", "化解", "比", "例", "a", "成功", "办结", "完成"));
    pieces.addAll(FigurePatterns.RATE_EXCLUSIONS);
    for (FigurePatterns.RateEntry entry : FigurePatterns.RATES) {
      pieces.add(entry.word());
    }
    SplittableRandom random = new SplittableRandom(5);
    int excluded = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      int count = random.nextInt(4);
      for (int k = 0; k < count; k++) {
        b.append(pieces.get(random.nextInt(pieces.size())));
      }
      String name = b.append("率").toString();
      boolean holds = FigurePatterns.holdsExclusion(name);
      assertThat(FigurePatterns.rate(name)).as(name).isEqualTo(holds ? null : FigurePatterns.tableRate(name));
      assertThat(ActionRates.action(name)).as(name).isEqualTo(holds ? null : ActionRates.actionUnlessExcluded(name));
      excluded += holds ? 1 : 0;
    }
    assertThat(excluded).isBetween(1_000, 19_000);
  }

  @Test
  void rangeMarksAreTheMarksOfTheFormerString() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(NumberScanner.isRangeMark(c)).as("%04x", (int) c).isEqualTo("-—–~至到+".indexOf(c) >= 0);
    }
  }

  @Test
  void decimalsReadWithoutAStringAreTheParsedOnes() {
    SplittableRandom random = new SplittableRandom(1850);
    int read = 0;
    for (int round = 0; round < 50_000; round++) {
      // the shapes the scanner reads: digits, thousands separators, a point with digits after it
      StringBuilder b = new StringBuilder(random(random, "0123456789", 20));
      if (b.length() == 0) {
        b.append(random.nextInt(10));
      }
      if (random.nextInt(3) == 0) {
        for (int k = b.length() - 3; k > 0; k -= 3) {
          b.insert(k, ',');
        }
      }
      if (random.nextBoolean()) {
        b.append('.').append(random.nextInt(10)).append(random(random, "0123456789", 8));
      }
      String s = b.toString();
      char[] a = (s + "万元").toCharArray();
      BigDecimal expected = new BigDecimal(s.replace(",", ""));
      BigDecimal now = NumberScanner.unscaledDecimal(a, 0, s.length());
      if (now != null) {
        assertThat(now).as(s).isEqualTo(expected); // equals: the same scale too
        assertThat(now.toString()).as(s).isEqualTo(expected.toString());
        read++;
      } else {
        assertThat(s.replace(",", "").replace(".", "").length()).as(s).isGreaterThan(18);
      }
      assertThat(NumberScanner.decimal(a, 0, s.length(), NumberScanner.plainDigits(a, 0, s.length())))
          .as(s).isEqualTo(expected);
    }
    assertThat(read).isGreaterThan(20_000);
  }

  @Test
  void figuresPlacedInOrderStayAsASortWouldLeaveThem() {
    SplittableRandom random = new SplittableRandom(7);
    Comparator<int[]> byPosition = Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]);
    for (int round = 0; round < 5_000; round++) {
      ParagraphView v = new ParagraphView(MappedText.of("办理3件"), new SourceText("办理3件"));
      FigureSink sink = new FigureSink(v);
      List<int[]> placed = new ArrayList<>();
      int n = random.nextInt(8);
      boolean ordered = random.nextBoolean();
      int start = 0;
      for (int k = 0; k < n; k++) {
        start = ordered ? start + random.nextInt(3) : random.nextInt(6);
        int order = random.nextInt(2);
        placed.add(new int[] {start, order, k});
        sink.place(start, order, Count.builder().value(k).unit("件").subject("案件").approximate(false)
            .location(SourceLocation.of(1, 1, 0)).quote("案件" + k).build());
      }
      placed.sort(byPosition); // stable, as the sink's sort
      List<Figure> figures = sink.figures();
      assertThat(figures).hasSameSizeAs(placed);
      for (int k = 0; k < n; k++) {
        assertThat(((Count) figures.get(k)).getValue()).isEqualTo(placed.get(k)[2]);
      }
    }
  }
}
