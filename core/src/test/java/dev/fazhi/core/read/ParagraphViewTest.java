package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Figure;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ParagraphViewTest {

  private static final String[] PIECES = {"办理", "公示", "公开", "处罚决定", "案件", "上", "上报", "整改",
      "结", "结案", "归档", "录入", "，", "。", "、", "；", "12件", "3件", "9起", "其中", "共", "公", "改"};

  /** The table's one pass over a clause answers what trying every qualifier with startsWith answers. */
  @Test
  void qualifierTableAgreesWithTryingEveryWord() {
    SplittableRandom random = new SplittableRandom(13);
    int hits = 0;
    int misses = 0;
    for (int round = 0; round < 5_000; round++) {
      StringBuilder b = new StringBuilder();
      int pieces = 1 + random.nextInt(14);
      for (int k = 0; k < pieces; k++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      ParagraphView view = new ParagraphView(MappedText.of(text), new SourceText(text));
      for (NumberToken t : view.tokens) {
        boolean byList = view.clauseContainsAny(t, FigurePatterns.SUBSET_QUALIFIERS);
        assertThat(view.clauseContainsAny(t, FigurePatterns.SUBSET_QUALIFIER_TABLE))
            .as("[%s] at %d", text, t.start).isEqualTo(byList);
        if (byList) {
          hits++;
        } else {
          misses++;
        }
      }
    }
    assertThat(hits).as("clauses with a qualifier").isGreaterThan(100);
    assertThat(misses).as("clauses without one").isGreaterThan(100);
  }

  /** The search for 其中 on the folded array finds what {@code String.indexOf} finds on the text. */
  @Test
  void indexOfOnTheArrayAgreesWithTheString() {
    SplittableRandom random = new SplittableRandom(20261204L);
    String[] pieces = {"其中", "其", "中", "１２件", "3件", "，", "。", "共", "其中其中", "．５", "万元"};
    String[] words = {"其中", "其", "中其", "件，", "其中其"};
    int hits = 0;
    for (int round = 0; round < 5_000; round++) {
      StringBuilder b = new StringBuilder();
      int count = random.nextInt(12);
      for (int k = 0; k < count; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      ParagraphView view = new ParagraphView(MappedText.of(text), new SourceText(text));
      char[] padded = (text + "其中其").toCharArray(); // characters past n must not be found
      for (int from = -1; from <= text.length() + 1; from++) {
        assertThat(view.indexOf("其中", from)).as("[%s] from %d", text, from).isEqualTo(text.indexOf("其中", from));
        String word = words[random.nextInt(words.length)];
        int expected = text.indexOf(word, from);
        assertThat(ParagraphView.indexOf(padded, text.length(), word, from))
            .as("[%s] %s from %d", text, word, from).isEqualTo(expected);
        if (expected >= 0) {
          hits++;
        }
      }
    }
    assertThat(hits).isGreaterThan(1_000);
  }

  /**
   * Plain counts made late, only when no relation claims their number, are the counts the extractor
   * made at once before (the former extraction, replayed here with counts made when placed).
   */
  @Test
  void countsMadeLateAreTheCountsMadeAtOnce() {
    SplittableRandom random = new SplittableRandom(4121);
    String[] pieces = {"办理", "案件", "其中", "公示", "处罚决定", "12件", "3件", "9件", "5项", "２件", "共计",
        "，", "。", "、", "；", "（", "）", "100%", "完成率", "约", "10万元", "任务", "完成", "论文", "2篇"};
    int counts = 0;
    int dropped = 0;
    for (int round = 0; round < 5_000; round++) {
      StringBuilder b = new StringBuilder();
      int count = 1 + random.nextInt(20);
      for (int k = 0; k < count; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      List<Figure> late = FigureExtractor.extract(MappedText.of(text), new SourceText(text));
      List<Figure> atOnce = extractMakingCountsAtOnce(text);
      assertThat(late).as("[%s]", text).isEqualTo(atOnce);
      long made = new ParagraphView(MappedText.of(text), new SourceText(text)).tokens.stream()
          .filter(t -> t.type == NumberToken.Type.COUNT).count();
      long kept = late.stream().filter(f -> f instanceof dev.fazhi.core.model.Count).count();
      counts += (int) made;
      dropped += (int) (made - kept);
    }
    assertThat(counts).isGreaterThan(10_000);
    assertThat(dropped).as("counts claimed by a relation").isGreaterThan(200);
  }

  /** {@link FigureExtractor#extract} as it was: every plain count made when its number is met. */
  private static List<Figure> extractMakingCountsAtOnce(String text) {
    ParagraphView v = new ParagraphView(MappedText.of(text), new SourceText(text));
    FigureSink sink = new FigureSink(v);
    RateFinder rates = new RateFinder(v, sink);
    BreakdownFinder wholes = new BreakdownFinder(v, sink);
    for (int i = 0; i < v.tokens.size(); i++) {
      NumberToken t = v.tokens.get(i);
      switch (t.type) {
        case COUNT -> {
          sink.placeMadeCount(Quotes.start(t), FigureExtractor.count(v, t), t);
          wholes.bracketBreakdown(i);
          wholes.enumeratedBreakdown(i);
          wholes.listedBreakdown(i);
          wholes.qualifiedSubset(i);
          wholes.renamedSubset(i);
        }
        case AMOUNT -> {
          int qs = Quotes.start(t);
          sink.place(qs, 1, dev.fazhi.core.model.Amount.builder()
              .yuan(t.value).statedUnit(t.money).subject(Subjects.subject(v, t)).approximate(t.approximate)
              .location(v.locate(qs)).quote(Quotes.quote(v, qs, t.end)).build());
        }
        case PERCENT -> rates.rate(i);
        default -> { }
      }
    }
    wholes.ofWhich();
    return sink.figures();
  }

  @Test
  void aQualifierCutByTheNumberIsNotInItsClause() {
    String text = "在平台公12件";
    ParagraphView view = new ParagraphView(MappedText.of(text), new SourceText(text));
    assertThat(view.clauseContainsAny(view.tokens.get(0), FigurePatterns.SUBSET_QUALIFIER_TABLE)).isFalse();
    String whole = "在平台公示12件";
    ParagraphView shown = new ParagraphView(MappedText.of(whole), new SourceText(whole));
    assertThat(shown.clauseContainsAny(shown.tokens.get(0), FigurePatterns.SUBSET_QUALIFIER_TABLE)).isTrue();
  }

  @Test
  void pageNumberLinesStillReadAndOthersFailEarly() {
    assertThat(PrintedLayout.isPageNumber("— 3 —")).isTrue();
    assertThat(PrintedLayout.isPageNumber("第 3 页 共 10 页")).isTrue();
    assertThat(PrintedLayout.isPageNumber("3/10")).isTrue();
    assertThat(PrintedLayout.isPageNumber("－１２－")).isTrue();
    assertThat(PrintedLayout.isPageNumber("2023年")).isFalse();
    assertThat(PrintedLayout.isPageNumber("3项")).isFalse();
    assertThat(PrintedLayout.isPageNumber("第3条")).isFalse();
  }
}
