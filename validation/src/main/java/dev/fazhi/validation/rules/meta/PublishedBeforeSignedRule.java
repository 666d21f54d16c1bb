package dev.fazhi.validation.rules.meta;

import dev.fazhi.core.model.Report;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;

/**
 * meta.published-before-signed: the publication date is earlier than the signing date. Immutable and
 * thread-safe.
 */
public final class PublishedBeforeSignedRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("meta.published-before-signed", Severity.ERROR, RuleSource.ARITH);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    report.getSignedOn().ifPresent(signed -> report.getPublishedOn().ifPresent(published -> {
      if (published.isBefore(signed)) {
        DateLine.place(findings.finding(), findings, published, report.getPublishedOnLocation())
            .argument("published", published.toString()).argument("signed", signed.toString())
            .expected("≥ " + signed).actual(published.toString()).add();
      }
    }));
  }
}
