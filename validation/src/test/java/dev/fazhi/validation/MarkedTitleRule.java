package dev.fazhi.validation;

import dev.fazhi.core.model.Report;
import java.util.Locale;

/** A user rule registered in the test class path's META-INF/services; fires only on a marked title. */
public final class MarkedTitleRule implements ReportRule {

  /** How many instances exist: the service loader must run once, not per validation. */
  static final java.util.concurrent.atomic.AtomicInteger INSTANCES =
      new java.util.concurrent.atomic.AtomicInteger();

  /** Creates the rule. */
  public MarkedTitleRule() {
    INSTANCES.incrementAndGet();
  }

  @Override
  public String getId() {
    return "test.marked-title";
  }

  @Override
  public Severity getDefaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String description(Locale locale) {
    return "The title carries the test marker.";
  }

  @Override
  public void check(Report report, RuleContext context) {
    if (report.getTitle().orElse("").contains("【测试】")) {
      context.finding("{dev.fazhi.test.marked-title}").quote(report.getTitle().orElse("")).add();
    }
  }
}
