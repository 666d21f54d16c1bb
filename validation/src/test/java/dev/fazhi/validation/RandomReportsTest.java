package dev.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Count;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.Issuer;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.RateBound;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded random reports, well-formed or not: validation never throws, is deterministic, reports only
 * catalog rules with resolved messages in both languages.
 */
class RandomReportsTest {

  private static final String TEXT = "执法、，。；[bookmark: _GoBack]当前位置20I9原因由于常常人人依法行政12件";

  private final SplittableRandom random = new SplittableRandom(9704L);

  private String text(int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(TEXT.charAt(random.nextInt(TEXT.length())));
    }
    return out.toString();
  }

  private long count() {
    return random.nextInt(10) == 0 ? -random.nextInt(5) : random.nextInt(500);
  }

  private Figure figure() {
    boolean approximate = random.nextInt(5) == 0;
    return switch (random.nextInt(5)) {
      case 0 -> TaskCompletion.builder().subject("抽检任务").assigned(count()).completed(count())
          .closed(count()).ratePercent(BigDecimal.valueOf(random.nextInt(12000), random.nextInt(3)))
          .approximate(approximate).build();
      case 1 -> Rate.builder().subject("处罚率").numerator(count()).denominator(count())
          .ratePercent(BigDecimal.valueOf(random.nextInt(12000) - 100, random.nextInt(3)))
          .rateBound(RateBound.values()[random.nextInt(3)]).approximate(approximate).build();
      case 2 -> Breakdown.builder().subject("依申请公开事项").total(count()).addParts(count(), count())
          .approximate(approximate).build();
      case 3 -> Subset.builder().subject("依申请公开事项").total(count()).subset(count())
          .approximate(approximate).build();
      default -> Count.builder().subject("执法人员").value(count()).unit("名").approximate(approximate)
          .build();
    };
  }

  private Section section(int level, int depth) {
    NumberingStyle style = NumberingStyle.values()[random.nextInt(NumberingStyle.values().length)];
    Heading heading = style == NumberingStyle.NONE ? Heading.unnumbered(level, text(8))
        : Heading.numbered(level, style, 1 + random.nextInt(6), (random.nextBoolean() ? "2023年" : "") + text(6));
    var builder = Section.builder().heading(heading);
    if (level == 1 && random.nextInt(3) > 0) {
      builder.part(Part.values()[random.nextInt(Part.values().length)]);
    }
    int paragraphs = random.nextInt(3);
    for (int p = 0; p < paragraphs; p++) {
      var paragraph = Paragraph.builder().text(text(30));
      int figures = random.nextInt(3);
      for (int f = 0; f < figures; f++) {
        paragraph.addFigures(figure());
      }
      builder.addParagraphs(paragraph.build());
    }
    if (depth > 0) {
      int children = random.nextInt(4);
      for (int c = 0; c < children; c++) {
        builder.addSections(section(level + 1, depth - 1));
      }
    }
    return builder.build();
  }

  private Report report() {
    var builder = Report.builder().title(text(20));
    if (random.nextBoolean()) {
      builder.issuer(Issuer.named(text(5)));
    }
    if (random.nextInt(4) > 0) {
      builder.reportingYear(2020 + random.nextInt(5));
    }
    if (random.nextBoolean()) {
      builder.signedOn(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000)));
    }
    if (random.nextBoolean()) {
      builder.publishedOn(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000)));
    }
    int sections = random.nextInt(6);
    for (int s = 0; s < sections; s++) {
      builder.addSections(section(1, 2));
    }
    if (random.nextInt(3) == 0) {
      builder.sourceText(text(400).replace('。', '\n'));
    }
    return builder.build();
  }

  @Test
  void randomReportsValidateDeterministicallyWithResolvedMessages() {
    ReportValidator chinese = ReportValidator.builder().locale(Locale.SIMPLIFIED_CHINESE).build();
    ReportValidator english = ReportValidator.builder().locale(Locale.ENGLISH).build();
    for (int i = 0; i < 300; i++) {
      Report report = report();
      ValidationResult first = chinese.validate(report);
      assertThat(chinese.validate(report)).isEqualTo(first);
      ValidationResult inEnglish = english.validate(report);
      assertThat(inEnglish.getFindings()).hasSameSizeAs(first.getFindings());
      for (Finding finding : first.getFindings()) {
        assertThat(RuleCatalog.find(finding.getRule())).isPresent();
        assertThat(finding.getMessage()).isNotBlank().doesNotContain("{dev.fazhi");
      }
      for (Finding finding : inEnglish.getFindings()) {
        assertThat(finding.getMessage()).isNotBlank().doesNotContain("{dev.fazhi");
      }
    }
  }
}
