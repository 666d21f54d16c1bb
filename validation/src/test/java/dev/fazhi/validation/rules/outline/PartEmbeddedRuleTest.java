package dev.fazhi.validation.rules.outline;

import static dev.fazhi.validation.RuleTesting.measures;
import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.plan;
import static dev.fazhi.validation.RuleTesting.shortcomings;
import static dev.fazhi.validation.RuleTesting.top;
import static dev.fazhi.validation.SampleReports.clean;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.EmbeddedPart;
import dev.fazhi.core.model.ImmutableReport;
import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.Finding;
import org.junit.jupiter.api.Test;

/** outline.part-embedded: when it fires, when it must not, and its traps. */
class PartEmbeddedRuleTest {

  @Test
  void partEmbeddedIsNoPartMissing() {
    ImmutableReport embedded = top(measures(), shortcomings(), plan()).withEmbeddedParts(
        java.util.Map.of(Part.PRINCIPAL_RESPONSIBILITY, EmbeddedPart.builder()
            .embeddedIn(Part.MEASURES_AND_RESULTS).quote("全面落实法治建设第一责任人制度")
            .location(SourceLocation.of(9, 9, 300)).build()));
    Finding finding = only(embedded, "outline.part-embedded");
    assertThat(finding.getPart()).contains(Part.PRINCIPAL_RESPONSIBILITY);
    assertThat(finding.getQuote().orElseThrow()).contains("全面落实法治建设第一责任人制度");
    assertThat(finding.getLocation()).contains(SourceLocation.of(9, 9, 300));
    none(embedded, "outline.part-missing");
    none(clean(), "outline.part-embedded");
  }

  @Test
  void partEmbeddedInAReportWithoutSourceTextNamesTheSectionItStandsIn() {
    // as read from JSON: sections and the embedded part carry locations, the report no source text
    Section measures = ImmutableSection.copyOf(measures()).withLocation(SourceLocation.of(3, 1, 40));
    Section shortcomings = ImmutableSection.copyOf(shortcomings()).withLocation(SourceLocation.of(20, 1, 900));
    Section plan = ImmutableSection.copyOf(plan()).withLocation(SourceLocation.of(30, 1, 1400));
    ImmutableReport embedded = top(measures, shortcomings, plan).withEmbeddedParts(
        java.util.Map.of(Part.PRINCIPAL_RESPONSIBILITY, EmbeddedPart.builder()
            .embeddedIn(Part.MEASURES_AND_RESULTS).quote("全面落实法治建设第一责任人制度")
            .location(SourceLocation.of(9, 9, 300)).build()));
    assertThat(embedded.getSourceText()).isEmpty();
    Finding finding = only(embedded, "outline.part-embedded");
    assertThat(finding.getSection()).contains("一、2023年推进法治政府建设的主要举措和成效");
    assertThat(finding.getLocation()).contains(SourceLocation.of(9, 9, 300));
    assertThat(finding.getPart()).contains(Part.PRINCIPAL_RESPONSIBILITY);
  }
}
