package dev.fazhi.validation;

import dev.fazhi.core.model.Report;

/**
 * A user rule registered in the test class path's META-INF/services, with its message in a bundle of
 * its own; fires only on a marked title.
 */
public final class MarkedTitleRule implements Rule {

  /** How many instances exist: the service loader must run once, not per validation. */
  static final java.util.concurrent.atomic.AtomicInteger INSTANCES =
      new java.util.concurrent.atomic.AtomicInteger();

  private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.builder().id("test.marked-title")
      .defaultSeverity(Severity.INFO).messageBundle("dev/fazhi/validation/TestMessages").build();

  /** Creates the rule. */
  public MarkedTitleRule() {
    INSTANCES.incrementAndGet();
  }

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    if (report.getTitle().contains("【测试】")) {
      findings.finding().quote(report.getTitle()).add();
    }
  }
}
