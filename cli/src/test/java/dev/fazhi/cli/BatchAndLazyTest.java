package dev.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.validation.ReportValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch keeps order and loses nothing; the validator is built once, and only when needed. */
class BatchAndLazyTest {

  @TempDir
  Path dir;

  @Test
  void outcomesArriveInInputOrderAndFailuresOfTheWorkBecomeNamedErrors() throws Exception {
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      inputs.add(Input.file(Path.of(String.format(Locale.ROOT, "f%03d.txt", i))));
    }
    SplittableRandom seeds = new SplittableRandom(42);
    long[] delays = seeds.longs(200, 0, 3).toArray();
    BatchChecker batch = new BatchChecker(4, input -> {
      int index = Integer.parseInt(input.source().substring(1, 4));
      try {
        Thread.sleep(delays[index]);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (index % 7 == 0) {
        throw new IllegalStateException("boom " + index);
      }
      if (index % 11 == 0) {
        throw new StackOverflowError();
      }
      return new Outcome.Failed(input, "fine " + index);
    }, e -> "internal: " + e);

    List<Outcome> seen = new ArrayList<>();
    batch.run(inputs, seen::add);

    assertThat(seen).extracting(Outcome::input).containsExactlyElementsOf(inputs);
    assertThat(((Outcome.Failed) seen.get(14)).message()).isEqualTo("internal: java.lang.IllegalStateException: boom 14");
    assertThat(((Outcome.Failed) seen.get(22)).message()).startsWith("internal: java.lang.StackOverflowError");
    assertThat(((Outcome.Failed) seen.get(1)).message()).isEqualTo("fine 1");
  }

  @Test
  void aFailingSinkStopsTheBatchWithItsException() {
    List<Input> inputs = List.of(Input.file(Path.of("a.txt")), Input.file(Path.of("b.txt")),
        Input.file(Path.of("c.txt")));
    BatchChecker batch = new BatchChecker(2, input -> new Outcome.Failed(input, "x"), String::valueOf);

    AtomicInteger accepted = new AtomicInteger();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> batch.run(inputs, outcome -> {
      if (accepted.incrementAndGet() == 2) {
        throw new IOException("disk full");
      }
    })).isInstanceOf(IOException.class).hasMessage("disk full");
  }

  @Test
  void theValidatorIsBuiltOnlyOnceAndOnlyWhenAReportWasRead() throws IOException {
    AtomicInteger builds = new AtomicInteger();
    Lazy<ReportValidator> validator = new Lazy<>(() -> {
      builds.incrementAndGet();
      return ReportValidator.builder().locale(Locale.ENGLISH).build();
    });
    ReportChecker checker = new ReportChecker(Messages.of(Locale.ENGLISH), validator);
    Path prose = Fixtures.writeText(dir, "prose.txt", "今天天气很好。\n");
    Path report = Fixtures.writeJson(dir, "east.json", Fixtures.lacksPrincipalPart());

    assertThat(checker.check(Input.failed(dir.resolve("gone.txt"), "no such file"))).isInstanceOf(Outcome.Failed.class);
    assertThat(checker.check(Input.file(prose))).isInstanceOf(Outcome.Failed.class);
    assertThat(validator.isComputed()).isFalse();
    assertThat(checker.check(Input.file(report))).isInstanceOf(Outcome.Checked.class);
    assertThat(checker.check(Input.file(report))).isInstanceOf(Outcome.Checked.class);
    assertThat(builds).hasValue(1);
  }

  @Test
  void lazyComputesOnceUnderContention() throws InterruptedException {
    AtomicInteger computed = new AtomicInteger();
    Lazy<Object> lazy = new Lazy<>(() -> {
      computed.incrementAndGet();
      return new Object();
    });
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Object> values = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 64; i++) {
      pool.execute(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        values.add(lazy.get());
      });
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    assertThat(computed).hasValue(1);
    assertThat(values).hasSize(64).allSatisfy(v -> assertThat(v).isSameAs(values.get(0)));
  }
}
