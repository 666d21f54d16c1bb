package dev.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ImmutableBreakdown;
import dev.fazhi.core.model.ImmutableTaskCompletion;
import dev.fazhi.core.model.Issuer;
import dev.fazhi.core.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One shared validator, many threads at once, identical results. */
class ConcurrencyTest {

  @Test
  void oneSharedValidatorGivesIdenticalResultsOnManyThreads() throws Exception {
    ReportValidator validator = ReportValidator.builder().build();
    List<Report> reports = List.of(SampleReports.clean(),
        RuleTesting.withFigures(ImmutableTaskCompletion.copyOf(SampleReports.completion()).withAssigned(331),
            ImmutableBreakdown.copyOf(SampleReports.breakdown()).withParts(1L, 1L)),
        SampleReports.clean().withIssuer((Issuer) null).withSourceText("当前位置：首页\n执法执法、、20I9\n"));
    List<ValidationResult> expected = new ArrayList<>();
    for (Report report : reports) {
      expected.add(validator.validate(report));
    }
    assertThat(expected.get(1).getFindings()).isNotEmpty();
    assertThat(expected.get(2).getFindings()).hasSizeGreaterThan(4);

    int threads = 8;
    int rounds = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<ValidationResult>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Callable<List<ValidationResult>> task = () -> {
          start.await();
          List<ValidationResult> results = new ArrayList<>();
          for (int r = 0; r < rounds; r++) {
            results.add(validator.validate(reports.get(r % reports.size())));
          }
          return results;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<ValidationResult>> future : futures) {
        List<ValidationResult> results = future.get();
        for (int r = 0; r < rounds; r++) {
          assertThat(results.get(r)).isEqualTo(expected.get(r % reports.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
