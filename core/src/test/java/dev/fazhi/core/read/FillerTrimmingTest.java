package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Trimming filler words by index range gives what trimming by cutting strings gave. */
class FillerTrimmingTest {

  private static final String[] PIECES = {"共计", "累计", "共", "计", "其中", "已", "为", "分别为", "分别", "达",
      "达到", "约", "近", "将近", "不少于", " ", "  ", "受理", "案件", "行政", "处罚", "和", "及"};

  @Test
  void agreesWithCuttingStrings() {
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      int pieces = random.nextInt(7);
      for (int k = 0; k < pieces; k++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String s = b.toString();
      String text = "前文，" + s + "后文";
      String trimmed = Subjects.trimmed(text, 3, 3 + s.length()).of(text);
      assertThat(trimmed).as("[%s]", s).isEqualTo(byCuttingStrings(s));
      assertThat(Subjects.trimFillers(s)).as("[%s]", s).isEqualTo(byCuttingStrings(s));
    }
  }

  /** The former implementation, kept as the oracle. */
  static String byCuttingStrings(String s) {
    String out = s.strip();
    boolean changed = true;
    while (changed && !out.isEmpty()) {
      changed = false;
      String head = plainStartingWith(out, FigurePatterns.SUBJECT_FILLERS_BEFORE.toArray(String[]::new));
      if (head != null && head.length() < out.length()) {
        out = out.substring(head.length()).strip();
        changed = true;
      }
      String tail = plainEndingWith(out, FigurePatterns.SUBJECT_FILLERS_AFTER.toArray(String[]::new));
      if (tail != null && tail.length() < out.length()) {
        out = out.substring(0, out.length() - tail.length()).strip();
        changed = true;
      }
    }
    return out;
  }

  private static String plainStartingWith(String text, String[] words) {
    String best = null;
    for (String word : words) {
      if (text.startsWith(word) && (best == null || word.length() > best.length())) {
        best = word;
      }
    }
    return best;
  }

  private static String plainEndingWith(String text, String[] words) {
    String best = null;
    for (String word : words) {
      if (text.endsWith(word) && (best == null || word.length() > best.length())) {
        best = word;
      }
    }
    return best;
  }
}
