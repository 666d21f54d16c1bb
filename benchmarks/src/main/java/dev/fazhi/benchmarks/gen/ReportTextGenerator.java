package dev.fazhi.benchmarks.gen;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Generates varied, realistic texts of 法治政府建设年度报告, deterministically from a seed.
 *
 * <p>Report {@code i} of a generator depends only on the seed and {@code i}: the same seed gives the
 * same texts on every machine and run, any report can be made on its own, and a sequence of any length
 * is streamed without holding more than one report at a time. Texts are 5 to 25 KB in UTF-8 and vary
 * in issuer (region × organ), year (2018–2025), layout, numbering style, noise, date line and figures;
 * about three in four carry at least one planted {@link Fault}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReportTextGenerator {

  /** The smallest text generated, in UTF-8 bytes. */
  public static final int MIN_BYTES = 5 * 1024;
  /** The largest text generated, in UTF-8 bytes. */
  public static final int MAX_BYTES = 25 * 1024;

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private final long seed;

  private ReportTextGenerator(long seed) {
    this.seed = seed;
  }

  /**
   * Obtains a generator.
   *
   * @param seed the seed; equal seeds give equal sequences
   * @return the generator
   */
  public static ReportTextGenerator withSeed(long seed) {
    return new ReportTextGenerator(seed);
  }

  /**
   * The seed this generator was made with.
   *
   * @return the seed
   */
  public long getSeed() {
    return seed;
  }

  /**
   * Generates report {@code index} of this generator's sequence.
   *
   * @param index the position, from 0
   * @return the report
   * @throws IllegalArgumentException if the index is negative
   */
  public GeneratedReport generate(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative: " + index);
    }
    SplittableRandom random = new SplittableRandom(mix(seed + index * GOLDEN_GAMMA));
    Plan plan = PlanBuilder.build(random);
    return new GeneratedReport(index, plan, TextRenderer.render(plan, random));
  }

  /**
   * Generates the text of report {@code index}.
   *
   * @param index the position, from 0
   * @return the text
   */
  public String text(long index) {
    return generate(index).getText();
  }

  /**
   * The first {@code count} reports, generated one at a time as the iterator advances.
   *
   * @param count how many
   * @return a lazy iterator
   */
  public Iterator<GeneratedReport> reports(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    return new Iterator<>() {
      private long next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public GeneratedReport next() {
        if (next >= count) {
          throw new NoSuchElementException();
        }
        return generate(next++);
      }
    };
  }

  /**
   * The texts of the first {@code count} reports, generated one at a time as the iterator advances.
   *
   * @param count how many
   * @return a lazy iterator
   */
  public Iterator<String> texts(long count) {
    Iterator<GeneratedReport> reports = reports(count);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return reports.hasNext();
      }

      @Override
      public String next() {
        return reports.next().getText();
      }
    };
  }

  /**
   * The texts of the first {@code count} reports as a lazy stream; it may be made parallel, since each
   * text depends only on its index.
   *
   * @param count how many
   * @return an ordered, sized stream
   */
  public Stream<String> textStream(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    return LongStream.range(0, count).mapToObj(this::text);
  }

  /** Stafford's mix13, as in SplittableRandom: neighbouring indexes give unrelated streams. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
