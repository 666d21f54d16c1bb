package dev.fazhi.benchmarks.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.benchmarks.gen.ReportTextGenerator;
import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.read.ReportReader;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ReportValidator;
import dev.fazhi.validation.ValidationResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Findings are a function of the text alone: a text validated on its own, one at a time, gives exactly the findings it gets in a shuffled batch on many threads sharing one
 * reader and one validator. Texts come from the seeded generator, faults and noise included.
 */
class BatchDeterminismTest {

  private static final int TEXTS = 200;
  private static final int THREADS = 8;

  private static Object outcome(ReportReader reader, ReportValidator validator, String text) {
    try {
      return validator.validate(reader.read(text, "text"));
    } catch (ReportFormatException e) {
      return e.getMessage();
    }
  }

  @Test
  void findingsAloneEqualFindingsInAParallelBatch() throws Exception {
    ReportTextGenerator generator = ReportTextGenerator.withSeed(4242);
    List<String> texts = IntStream.range(0, TEXTS).mapToObj(generator::text).toList();

    // Alone: one at a time on this thread; every tenth with a validator built for it alone.
    List<Object> alone = new ArrayList<>();
    ReportValidator single = ReportValidator.builder().build();
    for (int i = 0; i < TEXTS; i++) {
      ReportValidator validator = i % 10 == 0 ? ReportValidator.builder().build() : single;
      alone.add(outcome(ReportReader.builder().build(), validator, texts.get(i)));
    }

    ReportReader reader = ReportReader.defaults();
    ReportValidator validator = ReportValidator.defaults();
    List<Integer> order = new ArrayList<>(IntStream.range(0, TEXTS).boxed().toList());
    Collections.shuffle(order, new Random(7));
    Object[] batch = new Object[TEXTS];
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i : order) {
        done.add(pool.submit(() -> batch[i] = outcome(reader, validator, texts.get(i))));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }

    long findings = 0;
    for (int i = 0; i < TEXTS; i++) {
      assertThat(batch[i]).as("text %d in the batch", i).isEqualTo(alone.get(i));
      if (alone.get(i) instanceof ValidationResult result) {
        findings += result.getFindings().size();
        assertThat(((ValidationResult) batch[i]).getFindings())
            .extracting(Finding::getMessage)
            .containsExactlyElementsOf(result.getFindings().stream().map(Finding::getMessage).toList());
      }
    }
    assertThat(findings).as("the generator plants faults, so there is something to find").isGreaterThan(TEXTS / 2);
  }
}
