package dev.fazhi.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor every text benchmark is measured against: one pass of a single figure regex over the
 * corpus, finding every number with its measure word and doing nothing else. Issue 6 asks the reader
 * to reach at least a quarter of this pass's bytes per second on the same texts.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RegexScanBaseline {

  /** A number and the measure word after it; no nested quantifier, so it cannot backtrack badly. */
  public static final Pattern FIGURE = Pattern.compile("(\\d+(?:\\.\\d+)?)(件|宗|家|起|项|人次|万元|元|%)");

  /** How many generated texts one operation scans. */
  @Param("64")
  public int texts;

  private List<String> corpus;
  private long corpusBytes;

  /** Creates the benchmark; JMH does this. */
  public RegexScanBaseline() {}

  /** Generates the corpus once, before measuring. */
  @Setup
  public void generate() {
    TextCorpus textCorpus = TextCorpus.of(texts);
    corpus = textCorpus.getTexts();
    corpusBytes = textCorpus.getUtf8Bytes();
  }

  /**
   * Scans every text of the corpus once.
   *
   * @param counter counts the UTF-8 bytes scanned
   * @return the characters matched, so that the work is not eliminated
   */
  @Benchmark
  public long scan(ByteCounter counter) {
    long matched = 0;
    for (String text : corpus) {
      Matcher matcher = FIGURE.matcher(text);
      while (matcher.find()) {
        matched += matcher.end() - matcher.start();
      }
    }
    counter.bytes += corpusBytes;
    return matched;
  }
}
