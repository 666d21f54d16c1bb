package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The figure finders' fast paths against the simple code they replace, on seeded random texts. */
class FigureFastPathsTest {

  /** {@link FigurePatterns#rate} as it was: every exclusion by contains, every rate word by endsWith. */
  private static FigurePatterns.RateEntry formerRate(String name) {
    for (String exclusion : FigurePatterns.RATE_EXCLUSIONS) {
      if (name.contains(exclusion)) {
        return null;
      }
    }
    for (FigurePatterns.RateEntry entry : FigurePatterns.RATES) {
      if (name.endsWith(entry.word())) {
        return entry;
      }
    }
    return null;
  }

  @Test
  void rateAgreesWithTryingEveryWord() {
    SplittableRandom random = new SplittableRandom(20261204L);
    String[] pieces = {"处罚率", "立案率", "结案率", "案率", "率", "出庭应诉率", "应诉率", "按时", "按", "时", "及时",
        "满意", "报告", "覆盖", "参与", "知", "办结", "完成", "任务", "行政", " ", "公示率", "合格", "A", "0"};
    int found = 0;
    int excluded = 0;
    for (int round = 0; round < 50_000; round++) {
      StringBuilder b = new StringBuilder();
      int count = random.nextInt(6);
      for (int k = 0; k < count; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String name = b.toString();
      FigurePatterns.RateEntry expected = formerRate(name);
      assertThat(FigurePatterns.rate(name)).as("[%s]", name).isSameAs(expected);
      boolean holds = FigurePatterns.RATE_EXCLUSIONS.stream().anyMatch(name::contains);
      assertThat(FigurePatterns.holdsExclusion(name)).as("[%s]", name).isEqualTo(holds);
      found += expected != null ? 1 : 0;
      excluded += holds ? 1 : 0;
    }
    assertThat(found).isGreaterThan(5_000);
    assertThat(excluded).isGreaterThan(5_000);
  }

  /** {@link BreakdownFinder#qualifies} as it was: on the stripped subjects made as strings. */
  private static boolean formerQualifies(ParagraphView v, NumberToken whole, NumberToken part, int partIndex) {
    String text = v.text;
    String partSubject = text.substring(part.clauseStart, part.start).strip();
    String wholeSubject = text.substring(whole.clauseStart, whole.start).strip();
    for (String qualifier : FigurePatterns.SUBSET_QUALIFIERS) {
      if (partSubject.endsWith(qualifier)) {
        String name = partSubject.substring(0, partSubject.length() - qualifier.length());
        if (name.length() >= 2 && wholeSubject.endsWith(name)) {
          return true;
        }
      }
    }
    return FigurePatterns.containsAny(partSubject, FigurePatterns.SUBSET_VERBS)
        && !FigurePatterns.containsAny(wholeSubject, FigurePatterns.SUBSET_VERBS)
        && !RateNames.completionRateFollows(v, partIndex);
  }

  @Test
  void qualifiedSubsetAgreesWithTheSubjectStrings() {
    SplittableRandom random = new SplittableRandom(4122);
    String[] pieces = {"办理", "案件", "办理案件", "公示", "公开", "采纳", "完成", "上报", "整改", "12件", "3件",
        "9件", "，", "、", " ", "\u3000", "\t", "共", "其中", "件", "完成率", "100%", "案", "公", "。"};
    int yes = 0;
    int pairs = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      int count = 1 + random.nextInt(14);
      for (int k = 0; k < count; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      ParagraphView v = new ParagraphView(MappedText.of(text), new SourceText(text));
      BreakdownFinder finder = new BreakdownFinder(v, new FigureSink(v));
      for (int i = 0; i + 1 < v.tokens.size(); i++) {
        NumberToken whole = v.tokens.get(i);
        NumberToken part = v.tokens.get(i + 1);
        boolean expected = formerQualifies(v, whole, part, i + 1);
        assertThat(finder.qualifies(whole, part, i + 1)).as("[%s] at %d", text, i).isEqualTo(expected);
        pairs++;
        yes += expected ? 1 : 0;
      }
    }
    assertThat(pairs).isGreaterThan(10_000);
    assertThat(yes).isGreaterThan(500);
  }
}
