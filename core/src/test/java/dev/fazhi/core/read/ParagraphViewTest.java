package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

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
