package dev.fazhi.validation.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sketches estimate Jaccard similarity without bias; seeded, so every run checks the same sets. */
class MinHashTest {

  @Test
  void estimatesJaccardSimilarityWithinFourStandardErrors() {
    SplittableRandom random = new SplittableRandom(20260401L);
    double sumError = 0;
    int trials = 400;
    for (int t = 0; t < trials; t++) {
      int shared = 20 + random.nextInt(300);
      int onlyA = random.nextInt(120);
      int onlyB = random.nextInt(120);
      MinHash a = new MinHash();
      MinHash b = new MinHash();
      for (int i = 0; i < shared; i++) {
        long h = random.nextLong();
        a.add(h);
        b.add(h);
      }
      for (int i = 0; i < onlyA; i++) {
        a.add(random.nextLong());
      }
      for (int i = 0; i < onlyB; i++) {
        b.add(random.nextLong());
      }
      double exact = (double) shared / (shared + onlyA + onlyB);
      double estimate = MinHash.similarity(a.sketch(), b.sketch());
      double standardError = Math.sqrt(exact * (1 - exact) / MinHash.BINS) + 1e-3;
      assertThat(Math.abs(estimate - exact)).as("trial %d, exact %.3f", t, exact)
          .isLessThanOrEqualTo(4 * standardError + 0.02);
      sumError += estimate - exact;
    }
    assertThat(Math.abs(sumError / trials)).as("mean error").isLessThan(0.01);
  }

  @Test
  void equalSetsGiveEqualSketchesWhateverTheOrder() {
    long[] hashes = new SplittableRandom(7).longs(150).toArray();
    MinHash forward = new MinHash();
    MinHash backward = new MinHash();
    for (int i = 0; i < hashes.length; i++) {
      forward.add(hashes[i]);
      backward.add(hashes[hashes.length - 1 - i]);
    }
    assertThat(forward.sketch()).isEqualTo(backward.sketch());
    assertThat(MinHash.similarity(forward.sketch(), backward.sketch())).isEqualTo(1.0);
  }

  @Test
  void shinglesIgnorePunctuationAndSpacesAndCountLettersAndDigits() {
    Set<Long> a = new HashSet<>();
    Set<Long> b = new HashSet<>();
    int keptA = Shingles.scan("全年办理行政复议案件120件，同比增长8.1%。", a::add);
    int keptB = Shingles.scan("全年办理 行政复议案件120件同比增长8.1%", b::add);
    assertThat(a).isEqualTo(b);
    assertThat(keptA).isEqualTo(keptB).isEqualTo(Shingles.keptLength("全年办理行政复议案件120件同比增长81"));
    assertThat(Shingles.scan("四个字符", h -> { })).isEqualTo(4);
  }
}
