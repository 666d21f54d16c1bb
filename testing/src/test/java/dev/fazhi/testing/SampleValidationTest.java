package dev.fazhi.testing;

import static dev.fazhi.testing.FazhiAssertions.assertThat;

import dev.fazhi.core.model.Part;
import dev.fazhi.validation.ReportValidator;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.ValidationResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The default validator finds in each bundled sample what the samples' README says it should trigger,
 * rule by rule and line by line, and nothing else.
 */
class SampleValidationTest {

  private static ValidationResult validate(String sample) {
    return ReportValidator.defaults().validate(SampleReports.bundled(sample));
  }

  @Nested
  class CleanReport {

    private final ValidationResult result = validate("qingshan-justice-2024-clean");

    @Test
    void triggersNoFindingAtAll() {
      assertThat(result).hasNoFindings();
    }
  }

  @Nested
  class WebCopy {

    private final ValidationResult result = validate("yunxi-market-2023-webcopy");

    @Test
    void triggersExactlyTheRulesTheReadmeLists() {
      assertThat(result).hasOnlyFindings(
          "outline.part-missing",
          "text.editor-residue",
          "meta.publication-late",
          "metric.completed-exceeds-assigned",
          "metric.breakdown-sum",
          "text.repeated-phrase",
          "text.doubled-punctuation",
          "outline.numbering-gap",
          "outline.numbering-style");
    }

    @Test
    void shortcomingsPartIsMissing() {
      assertThat(result).hasFindingAbout("outline.part-missing", Part.SHORTCOMINGS_AND_CAUSES)
          .finding("outline.part-missing").hasSeverity(Severity.ERROR);
    }

    @Test
    void webPageAndWordProcessorResidueOnLines1And4And9() {
      assertThat(result)
          .hasFindingAt("text.editor-residue", 1)
          .hasFindingAt("text.editor-residue", 4)
          .hasFindingAt("text.editor-residue", 9)
          .hasFindingCount("text.editor-residue", 3)
          .hasFindingQuoting("text.editor-residue", "_GoBack");
    }

    @Test
    void publishedAfterTheDeadline() {
      assertThat(result).findingAt("meta.publication-late", 4).hasSeverity(Severity.WARNING);
    }

    @Test
    void completedAndExemptedTasksExceedTheAssigned() {
      assertThat(result).findingAt("metric.completed-exceeds-assigned", 14).hasSeverity(Severity.ERROR);
    }

    @Test
    void penaltyCasesDoNotAddUpToTheirTotal() {
      assertThat(result).findingAt("metric.breakdown-sum", 16)
          .hasSeverity(Severity.ERROR)
          .hasMessageContaining("215")
          .hasMessageContaining("207");
    }

    @Test
    void repeatedPhraseOnLine16() {
      assertThat(result).hasFindingAt("text.repeated-phrase", 16).hasFindingQuoting("text.repeated-phrase", "执法执法");
    }

    @Test
    void doubledPunctuationOnLine22() {
      assertThat(result).hasFindingAt("text.doubled-punctuation", 22)
          .hasFindingQuoting("text.doubled-punctuation", "，，");
    }

    @Test
    void missingThirdSubheadingIsANumberingGap() {
      assertThat(result).findingAt("outline.numbering-gap", 21).hasSeverity(Severity.WARNING);
    }

    @Test
    void numberingStyleOfTheFirstItemOnLine13() {
      assertThat(result).findingAt("outline.numbering-style", 13)
          .hasSeverity(Severity.INFO)
          .hasQuoteContaining("1、");
    }
  }

  @Nested
  class Thematic {

    private final ValidationResult result = validate("linjiang-ecology-2022-thematic");

    @Test
    void triggersExactlyTheRulesTheReadmeLists() {
      assertThat(result).hasOnlyFindings(
          "outline.part-embedded",
          "outline.numbering-missing",
          "outline.numbering-duplicate",
          "outline.numbering-gap",
          "meta.year-mismatch",
          "meta.date-before-period-end",
          "metric.rate-mismatch",
          "text.letter-in-number");
    }

    @Test
    void leadersDutiesAreOnlyDiscussedUnderTheMeasures() {
      assertThat(result).hasFindingAbout("outline.part-embedded", Part.PRINCIPAL_RESPONSIBILITY)
          .findingAt("outline.part-embedded", 8).hasSeverity(Severity.WARNING);
    }

    @Test
    void unlabelledThematicHeadingsNextToNumberedOnes() {
      assertThat(result).findingAt("outline.numbering-missing", 6).hasSeverity(Severity.WARNING);
    }

    @Test
    void twoTopLevelHeadingsNumberedThree() {
      assertThat(result).findingAt("outline.numbering-duplicate", 38).hasSeverity(Severity.ERROR);
    }

    @Test
    void numberedTopLevelHeadingsStartAtThree() {
      assertThat(result).findingAt("outline.numbering-gap", 33).hasSeverity(Severity.WARNING);
    }

    @Test
    void planNamesTheWrongYear() {
      assertThat(result).findingAt("meta.year-mismatch", 38).hasSeverity(Severity.ERROR);
    }

    @Test
    void signedBeforeTheReportingYearEnded() {
      assertThat(result).findingAt("meta.date-before-period-end", 46).hasSeverity(Severity.ERROR);
    }

    @Test
    void closingRateDisagreesWithItsCounts() {
      assertThat(result).findingAt("metric.rate-mismatch", 18)
          .hasSeverity(Severity.ERROR)
          .hasMessageContaining("97.6");
    }

    @Test
    void letterLInADocumentNumber() {
      assertThat(result).hasFindingAt("text.letter-in-number", 13)
          .hasFindingQuoting("text.letter-in-number", "202l");
    }

    @Test
    void causesAreGivenSoTheyAreNotReportedMissing() {
      assertThat(result).hasNoFinding("outline.causes-missing");
    }
  }
}
