package dev.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationResultTest {

  private static Finding finding(String rule, Severity severity, SourceLocation at) {
    return ImmutableFinding.builder().rule(rule).severity(severity).message(rule).messageKey(rule)
        .location(java.util.Optional.ofNullable(at)).build();
  }

  @Test
  void sortsWholeReportFindingsFirstThenByPosition() {
    Finding late = finding("text.doubled-punctuation", Severity.INFO, SourceLocation.of(9, 1, 500));
    Finding early = finding("text.editor-residue", Severity.INFO, SourceLocation.of(1, 1, 0));
    Finding whole = finding("outline.part-missing", Severity.ERROR, null);
    Finding sameSpot = finding("text.letter-in-number", Severity.WARNING, SourceLocation.of(9, 1, 500));
    ValidationResult result = ValidationResult.of(List.of(late, sameSpot, early, whole));
    assertThat(result.getFindings()).containsExactly(whole, early, late, sameSpot);
    assertThat(ValidationResult.of(List.of(whole, sameSpot, early, late))).isEqualTo(result);
  }

  @Test
  void countsAndFilters() {
    ValidationResult result = ValidationResult.of(List.of(
        finding("metric.breakdown-sum", Severity.ERROR, null),
        finding("metric.rate-mismatch", Severity.ERROR, null),
        finding("text.repeated-phrase", Severity.INFO, null)));
    assertThat(result.count(Severity.ERROR)).isEqualTo(2);
    assertThat(result.count(Severity.WARNING)).isZero();
    assertThat(result.hasFindingsAtLeast(Severity.ERROR)).isTrue();
    assertThat(result.findings("metric.*")).hasSize(2);
    assertThat(result.findings("metric")).hasSize(2);
    assertThat(result.findings("metric.rate-mismatch")).hasSize(1);
    assertThat(result.findings("metric.rate")).isEmpty();
    assertThat(result.isEmpty()).isFalse();
    assertThat(ValidationResult.of(List.of()).isEmpty()).isTrue();
    assertThat(ValidationResult.of(List.of()).hasFindingsAtLeast(Severity.INFO)).isFalse();
  }

  @Test
  void severityOrder() {
    assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
  }
}
