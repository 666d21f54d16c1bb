package dev.fazhi.validation.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Finds the pairs of passages, in different reports, whose sketches are alike, by locality-sensitive
 * hashing rather than comparing all pairs: the {@value MinHash#BINS} bins of a sketch are cut into
 * {@value #BANDS} bands of {@value #ROWS}; two passages are candidates when one band is equal in both,
 * which happens with probability {@code 1 - (1 - s^4)^16} for Jaccard similarity s (at least 0.9998 for
 * s = 0.8, 0.12 for s = 0.3); candidates are then kept when their Jaccard similarity, computed exactly
 * on the passages' fingerprints, reaches the threshold. Sketches are made here, from the fingerprints,
 * and dropped when the join ends (128 bytes per passage meanwhile).
 *
 * <p>Each band is joined by sorting one {@code long[]} of {@code (band hash, passage id)}: memory is 8
 * bytes per passage for the band at hand, time O(n log n) per band. A band value shared by passages of
 * {@code commonReports} reports or more is wording most reports share and yields no pairs (this also
 * bounds the pairs any one bucket can give). Not thread-safe; used once.
 */
final class PassageJoin {

  static final int BANDS = 16;
  static final int ROWS = MinHash.BINS / BANDS;
  private static final int ID_BITS = 28;
  private static final long ID_MASK = (1L << ID_BITS) - 1;

  /**
   * Two alike passages.
   *
   * @param reportA the first passage's report
   * @param passageA its index in its report
   * @param reportB the second passage's report
   * @param passageB its index in its report
   * @param similarity the Jaccard similarity of their uncommon shingles' fingerprints
   */
  record Pair(int reportA, int passageA, int reportB, int passageB, double similarity) {}

  private PassageJoin() {}

  /**
   * Joins the passages of a set.
   *
   * @param reports the reports, with their passages sketched
   * @param threshold the least estimated similarity kept
   * @param commonReports a band value in this many reports or more is common wording
   * @return the pairs, each once, first report's index smaller
   */
  static List<Pair> join(List<ReportDigest> reports, double threshold, int commonReports) {
    return join(reports, threshold, commonReports, 1);
  }

  /**
   * {@link #join(List, double, int)} on up to {@code threads} threads: the sketches, the bands and the
   * exact similarities are computed in parallel, the pairs merged in the order one thread gives them,
   * so the result is the same, pair for pair and in order, on any number of threads.
   *
   * @param reports the reports, with their passages fingerprinted
   * @param threshold the least Jaccard similarity kept
   * @param commonReports a band value in this many reports or more is common wording
   * @param threads the most threads used (1: the caller's only)
   * @return the pairs, each once, first report's index smaller
   */
  static List<Pair> join(List<ReportDigest> reports, double threshold, int commonReports, int threads) {
    int total = 0;
    for (ReportDigest report : reports) {
      total += report.passageCount;
    }
    int[] reportOf = new int[total];
    int[] passageOf = new int[total];
    char[][] data = new char[total][];
    int[] from = new int[total];
    int[] to = new int[total];
    int id = 0;
    for (int r = 0; r < reports.size(); r++) {
      ReportDigest report = reports.get(r);
      for (int p = 0; p < report.passageCount; p++) {
        reportOf[id] = r;
        passageOf[id] = p;
        data[id] = report.passageData;
        from[id] = report.printsFrom(p);
        to[id] = report.printsTo(p);
        id++;
      }
    }
    return join(reportOf, passageOf, data, from, to, threshold, commonReports, threads);
  }

  /**
   * Joins passages given as arrays: passage {@code i} is passage {@code passageOf[i]} of report
   * {@code reportOf[i]}, with fingerprints {@code prints[i]}; a report's passages must be consecutive.
   *
   * @param reportOf each passage's report
   * @param passageOf each passage's index in its report
   * @param prints each passage's sorted, distinct fingerprints
   * @param threshold the least Jaccard similarity kept
   * @param commonReports a band value in this many reports or more is common wording
   * @return the pairs, each once
   */
  static List<Pair> join(int[] reportOf, int[] passageOf, char[][] prints, double threshold,
      int commonReports) {
    return join(reportOf, passageOf, prints, threshold, commonReports, 1);
  }

  /**
   * {@link #join(int[], int[], char[][], double, int)} on up to {@code threads} threads; the same
   * result.
   *
   * @param reportOf each passage's report
   * @param passageOf each passage's index in its report
   * @param prints each passage's sorted, distinct fingerprints
   * @param threshold the least Jaccard similarity kept
   * @param commonReports a band value in this many reports or more is common wording
   * @param threads the most threads used
   * @return the pairs, each once
   */
  static List<Pair> join(int[] reportOf, int[] passageOf, char[][] prints, double threshold,
      int commonReports, int threads) {
    int[] from = new int[prints.length];
    int[] to = new int[prints.length];
    for (int i = 0; i < prints.length; i++) {
      to[i] = prints[i].length;
    }
    return join(reportOf, passageOf, prints, from, to, threshold, commonReports, threads);
  }

  /**
   * Joins passages whose fingerprints are ranges of arrays: passage {@code i}'s are
   * {@code data[i][from[i]..to[i])}. Three parallel steps, each deterministic: the sketches (each
   * passage's own slot); the bands (each band's candidate pairs, in the order of its sorted keys); the
   * exact similarities of the distinct candidates. Between the last two, one thread merges the bands'
   * candidates in band order, keeping each pair's first occurrence: the order a single pass over the
   * bands would give.
   */
  private static List<Pair> join(int[] reportOf, int[] passageOf, char[][] data, int[] from, int[] to,
      double threshold, int commonReports, int threads) {
    int total = data.length;
    if (total > ID_MASK) {
      throw new IllegalStateException("more than " + ID_MASK + " passages in one set");
    }
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "fazhi-passage-join");
      thread.setDaemon(true);
      return thread;
    }) : null;
    try {
      // All sketches in one array, BINS chars per passage: no object per passage.
      char[] sketches = new char[total * MinHash.BINS];
      List<Callable<Void>> sketching = new ArrayList<>();
      for (int[] range : ranges(total, threads)) {
        sketching.add(() -> {
          for (int i = range[0]; i < range[1]; i++) {
            sketchInto(data[i], from[i], to[i], sketches, i * MinHash.BINS);
          }
          return null;
        });
      }
      inOrder(pool, sketching);
      List<Callable<long[]>> banding = new ArrayList<>();
      for (int band = 0; band < BANDS; band++) {
        int b = band;
        banding.add(() -> candidates(b, sketches, total, reportOf, commonReports));
      }
      // The bands' candidates, merged in band order: each pair once, where it first appears.
      ReportDigest.LongSet seen = new ReportDigest.LongSet(1024);
      long[] distinct = new long[1024];
      int count = 0;
      for (long[] candidates : inOrder(pool, banding)) {
        for (long key : candidates) {
          if (seen.addNew(key)) {
            if (count == distinct.length) {
              distinct = Arrays.copyOf(distinct, 2 * count);
            }
            distinct[count++] = key;
          }
        }
      }
      long[] keys = distinct;
      double[] similarity = new double[count];
      List<Callable<Void>> verifying = new ArrayList<>();
      for (int[] range : ranges(count, threads)) {
        verifying.add(() -> {
          for (int k = range[0]; k < range[1]; k++) {
            int lo = (int) (keys[k] >>> 32);
            int hi = (int) keys[k];
            similarity[k] = jaccard(data[lo], from[lo], to[lo], data[hi], from[hi], to[hi]);
          }
          return null;
        });
      }
      inOrder(pool, verifying);
      List<Pair> pairs = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        if (similarity[k] >= threshold) {
          int lo = (int) (keys[k] >>> 32);
          int hi = (int) keys[k];
          pairs.add(new Pair(reportOf[lo], passageOf[lo], reportOf[hi], passageOf[hi], similarity[k]));
        }
      }
      return pairs;
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /**
   * One band's candidate pairs: passages of different reports whose sketches agree on the band, in
   * the order of the band's sorted keys; buckets of common wording left out. Each pair as
   * {@code (lower id << 32) | higher id}.
   */
  private static long[] candidates(int band, char[] sketches, int total, int[] reportOf,
      int commonReports) {
    long[] keys = new long[total];
    for (int i = 0; i < total; i++) {
      long h = band;
      int base = i * MinHash.BINS;
      for (int row = band * ROWS; row < (band + 1) * ROWS; row++) {
        h = h * 0x10001L + sketches[base + row];
      }
      keys[i] = (Shingles.mix(h) & ~ID_MASK) | i;
    }
    Arrays.sort(keys);
    long[] out = new long[64];
    int count = 0;
    int start = 0;
    while (start < total) {
      int end = start + 1;
      while (end < total && (keys[end] & ~ID_MASK) == (keys[start] & ~ID_MASK)) {
        end++;
      }
      if (end - start > 1 && !common(keys, start, end, reportOf, commonReports)) {
        for (int x = start; x < end; x++) {
          int a = (int) (keys[x] & ID_MASK);
          for (int y = x + 1; y < end; y++) {
            int b = (int) (keys[y] & ID_MASK);
            if (reportOf[a] == reportOf[b]) {
              continue;
            }
            if (count == out.length) {
              out = Arrays.copyOf(out, 2 * count);
            }
            out[count++] = ((long) Math.min(a, b) << 32) | Math.max(a, b);
          }
        }
      }
      start = end;
    }
    return Arrays.copyOf(out, count);
  }

  /** {@code [0, n)} cut into about four ranges per thread. */
  private static List<int[]> ranges(int n, int threads) {
    int parts = threads <= 1 ? 1 : 4 * threads;
    List<int[]> ranges = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      int lo = (int) ((long) n * p / parts);
      int hi = (int) ((long) n * (p + 1) / parts);
      if (lo < hi) {
        ranges.add(new int[] {lo, hi});
      }
    }
    return ranges;
  }

  /** Runs tasks on the pool (or here, without one) and gives their results in the tasks' order. */
  private static <T> List<T> inOrder(ExecutorService pool, List<Callable<T>> tasks) {
    List<T> results = new ArrayList<>(tasks.size());
    try {
      if (pool == null) {
        for (Callable<T> task : tasks) {
          results.add(task.call());
        }
        return results;
      }
      List<Future<T>> futures = new ArrayList<>(tasks.size());
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(task));
      }
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A passage's MinHash sketch, from its fingerprints.
   *
   * @param prints the fingerprints
   * @return the sketch
   */
  static char[] sketch(char[] prints) {
    char[] sketch = new char[MinHash.BINS];
    sketchInto(prints, 0, prints.length, sketch, 0);
    return sketch;
  }

  /** {@link #sketch} of {@code prints[from..to)}, written to {@code out} at {@code at}. */
  private static void sketchInto(char[] prints, int from, int to, char[] out, int at) {
    MinHash minHash = new MinHash();
    for (int i = from; i < to; i++) {
      minHash.add(Shingles.mix(prints[i] + 0x632BE59BD9B4E019L));
    }
    minHash.sketchInto(out, at);
  }

  /**
   * The Jaccard similarity of two sorted, distinct sets, exactly: O(|a| + |b|).
   *
   * @param a a set
   * @param b another
   * @return between 0 and 1
   */
  static double jaccard(char[] a, char[] b) {
    return jaccard(a, 0, a.length, b, 0, b.length);
  }

  /** {@link #jaccard(char[], char[])} of {@code a[aFrom..aTo)} and {@code b[bFrom..bTo)}. */
  static double jaccard(char[] a, int aFrom, int aTo, char[] b, int bFrom, int bTo) {
    int i = aFrom;
    int j = bFrom;
    int shared = 0;
    while (i < aTo && j < bTo) {
      char x = a[i];
      char y = b[j];
      if (x == y) {
        shared++;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return (double) shared / ((aTo - aFrom) + (bTo - bFrom) - shared);
  }

  private static boolean common(long[] keys, int start, int end, int[] reportOf, int commonReports) {
    if (end - start < commonReports) {
      return false;
    }
    // Ids are sorted within a run (the low bits), and a report's passages have consecutive ids, so
    // distinct reports are counted in one pass.
    int distinct = 0;
    int last = -1;
    for (int x = start; x < end; x++) {
      int report = reportOf[(int) (keys[x] & ID_MASK)];
      if (report != last) {
        distinct++;
        last = report;
      }
    }
    return distinct >= commonReports;
  }
}
