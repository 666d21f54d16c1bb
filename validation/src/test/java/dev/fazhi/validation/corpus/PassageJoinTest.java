package dev.fazhi.validation.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The LSH join finds exactly the pairs an all-pairs comparison finds at the same threshold, on seeded
 * random passages with planted near copies (none missed, none extra), and keeps no pair within a report.
 */
class PassageJoinTest {

  private static char[] distinctSorted(char[] prints) {
    return ReportDigest.distinctSorted(prints.clone(), prints.length);
  }

  @Test
  void findsWhatAllPairsFind() {
    for (long seed = 1; seed <= 5; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int passages = 600;
      char[][] prints = new char[passages][];
      int[] reportOf = new int[passages];
      int[] passageOf = new int[passages];
      for (int p = 0; p < passages; p++) {
        reportOf[p] = p / 3;
        passageOf[p] = p % 3;
        char[] own = new char[60 + random.nextInt(200)];
        for (int i = 0; i < own.length; i++) {
          own[i] = (char) random.nextInt(65536);
        }
        if (p > 10 && random.nextInt(5) == 0) {
          // A near copy of an earlier passage: up to a fifth of its shingles replaced.
          own = prints[random.nextInt(p)].clone();
          int changes = random.nextInt(own.length / 5 + 1);
          for (int c = 0; c < changes; c++) {
            own[random.nextInt(own.length)] = (char) random.nextInt(65536);
          }
        }
        prints[p] = distinctSorted(own);
      }
      Set<Long> expected = new HashSet<>();
      for (int a = 0; a < passages; a++) {
        for (int b = a + 1; b < passages; b++) {
          if (reportOf[a] != reportOf[b] && PassageJoin.jaccard(prints[a], prints[b]) >= 0.9) {
            expected.add(((long) a << 32) | b);
          }
        }
      }
      Set<Long> found = new HashSet<>();
      for (PassageJoin.Pair pair : PassageJoin.join(reportOf, passageOf, prints, 0.9, 1000)) {
        assertThat(pair.reportA()).isNotEqualTo(pair.reportB());
        int a = pair.reportA() * 3 + pair.passageA();
        int b = pair.reportB() * 3 + pair.passageB();
        found.add(((long) Math.min(a, b) << 32) | Math.max(a, b));
      }
      assertThat(expected).as("seed %d", seed).isNotEmpty();
      assertThat(found).as("seed %d", seed).isEqualTo(expected);
      // On more threads: the same pairs, with the same similarities, in the same order.
      List<PassageJoin.Pair> one = PassageJoin.join(reportOf, passageOf, prints, 0.5, 1000, 1);
      assertThat(one.size()).as("seed %d", seed).isGreaterThanOrEqualTo(expected.size());
      for (int threads : new int[] {2, 3, 8}) {
        assertThat(PassageJoin.join(reportOf, passageOf, prints, 0.5, 1000, threads)).as("seed %d", seed)
            .containsExactlyElementsOf(one);
      }
    }
  }

  @Test
  void aBandSharedByManyReportsIsCommonWordingAndGivesNoPairs() {
    int passages = 30;
    char[][] prints = new char[passages][];
    int[] reportOf = new int[passages];
    int[] passageOf = new int[passages];
    char[] template = distinctSorted("以习近平新时代中国特色社会主义思想为指导深入贯彻习近平法治思想全面推进依法行政工作".toCharArray());
    for (int p = 0; p < passages; p++) {
      reportOf[p] = p;
      prints[p] = template;
    }
    assertThat(PassageJoin.join(reportOf, passageOf, prints, 0.9, 10)).isEmpty();
    assertThat(PassageJoin.join(reportOf, passageOf, prints, 0.9, 31)).hasSize(passages * (passages - 1) / 2);
  }
}
