package dev.fazhi.validation.corpus;

import dev.fazhi.benchmarks.corpus.CorpusSetGenerator;
import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.read.ReportReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures the near-duplicate passage search of {@code corpus.reused-text} (one-permutation MinHash,
 * 64 bins, LSH in 16 bands of 4, candidates verified on 16-bit fingerprints) against exact all-pairs comparison on the same passages: every pair of
 * passages of 100+ characters in two different reports, Jaccard similarity of their sets of uncommon
 * 5-character shingles computed exactly. Reports come from {@link CorpusSetGenerator} (half of 2024,
 * half of 2023), with planted reuse at 0, 1 and 4 characters changed.
 *
 * <p>It lives in the validation package, in the benchmarks module, to reach the package-private search
 * it measures; it is not part of the library.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.fazhi.validation.corpus.NearDuplicateAccuracy [reports] [seed]
 * </pre>
 */
public final class NearDuplicateAccuracy {

  private NearDuplicateAccuracy() {}

  /**
   * Runs the measurement and prints the figures.
   *
   * @param args {@code [reports] [seed]}, 2 000 and 20260401 by default
   */
  public static void main(String[] args) {
    int reports = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 20260401L;
    double truthThreshold = 0.9;
    double searchThreshold = 0.9;
    CorpusSetGenerator generator = new CorpusSetGenerator(seed, reports / 2);
    ReportReader reader = ReportReader.builder().build();
    List<long[]> passages = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    CommonWording common = new CommonWording(reports, 5, 0.1);
    long start = System.nanoTime();
    for (int r = 0; r < reports; r++) {
      String text = r % 2 == 0 ? generator.current(r / 2) : generator.history(r / 2);
      Report report = reader.read(text);
      ReportDigest.LongSet document = new ReportDigest.LongSet(4096);
      for (Paragraph paragraph : report.allParagraphs()) {
        ReportDigest.LongSet set = new ReportDigest.LongSet(256);
        Shingles.scan(paragraph.getText(), hash -> {
          set.add(hash);
          document.add(hash);
        });
        if (paragraph.getText().strip().length() >= ReportDigest.MIN_PASSAGE) {
          passages.add(set.toArray());
          owners.add(r);
        }
      }
      common.count(document.toArray());
    }
    common.freeze();
    double readSeconds = (System.nanoTime() - start) / 1e9;
    // The passages as both methods see them: uncommon shingles only, 50 or more.
    List<long[]> eligible = new ArrayList<>();
    List<Integer> reportOf = new ArrayList<>();
    for (int p = 0; p < passages.size(); p++) {
      long[] own = Arrays.stream(passages.get(p)).filter(h -> !common.isCommon(h)).sorted().toArray();
      if (own.length >= 50) {
        eligible.add(own);
        reportOf.add(owners.get(p));
      }
    }
    int n = eligible.size();
    start = System.nanoTime();
    char[][] prints = new char[n][];
    int[] reportIds = new int[n];
    int[] passageIds = new int[n];
    for (int p = 0; p < n; p++) {
      // As the library keeps them: distinct 16-bit fingerprints, sorted.
      prints[p] = fingerprints(eligible.get(p));
      reportIds[p] = reportOf.get(p);
      passageIds[p] = p;
    }
    List<PassageJoin.Pair> found = PassageJoin.join(reportIds, passageIds, prints, searchThreshold,
        Math.min(common.threshold(), 200));
    double searchSeconds = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    Set<Long> truth = new HashSet<>();
    Set<Long> near = new HashSet<>();
    long compared = 0;
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (reportIds[a] == reportIds[b]) {
          continue;
        }
        compared++;
        double jaccard = jaccard(eligible.get(a), eligible.get(b));
        if (jaccard >= truthThreshold) {
          truth.add(((long) a << 32) | b);
        }
        if (jaccard >= truthThreshold - 0.1) {
          near.add(((long) a << 32) | b);
        }
      }
    }
    double exactSeconds = (System.nanoTime() - start) / 1e9;
    int truePositives = 0;
    int withinTen = 0;
    Set<Long> foundKeys = new HashSet<>();
    for (PassageJoin.Pair pair : found) {
      long key = ((long) Math.min(pair.passageA(), pair.passageB()) << 32) | Math.max(pair.passageA(), pair.passageB());
      foundKeys.add(key);
      if (truth.contains(key)) {
        truePositives++;
      } else if (near.contains(key)) {
        withinTen++;
      }
    }
    System.out.printf(Locale.ROOT, "reports=%d seed=%d passages(100+ chars)=%d compared(uncommon>=50)=%d pairs=%d%n",
        reports, seed, passages.size(), n, compared);
    System.out.printf(Locale.ROOT, "exact all pairs: %d pairs at Jaccard >= %.2f (%.1f s); search: %d pairs at estimate >= %.2f (%.2f s); reading %.1f s%n",
        truth.size(), truthThreshold, exactSeconds, found.size(), searchThreshold, searchSeconds, readSeconds);
    double recall = truth.isEmpty() ? 1 : (double) truePositives / truth.size();
    double precision = found.isEmpty() ? 1 : (double) truePositives / found.size();
    System.out.printf(Locale.ROOT, "recall=%.4f (%d of %d)  precision=%.4f (%d of %d; of the %d others, %d lie within 0.1 below %.2f)%n",
        recall, truePositives, truth.size(), precision, truePositives, found.size(), found.size() - truePositives,
        withinTen, truthThreshold);
    int missed = 0;
    for (long key : truth) {
      if (!foundKeys.contains(key) && missed++ < 5) {
        int a = (int) (key >>> 32);
        int b = (int) key;
        System.out.printf(Locale.ROOT, "  missed: exact %.4f, on fingerprints %.4f, MinHash estimate %.3f%n",
            jaccard(eligible.get(a), eligible.get(b)), PassageJoin.jaccard(prints[a], prints[b]),
            MinHash.similarity(PassageJoin.sketch(prints[a]), PassageJoin.sketch(prints[b])));
      }
    }
  }

  private static char[] fingerprints(long[] shingles) {
    char[] prints = new char[shingles.length];
    for (int i = 0; i < shingles.length; i++) {
      prints[i] = ReportDigest.fingerprint(shingles[i]);
    }
    return ReportDigest.distinctSorted(prints, prints.length);
  }

  /** Exact Jaccard similarity of two sorted sets. */
  static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) shared / (a.length + b.length - shared);
  }
}
