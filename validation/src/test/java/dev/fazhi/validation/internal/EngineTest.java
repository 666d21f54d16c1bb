package dev.fazhi.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EngineTest {

  @Test
  void theDefaultScopeIsOnlyForClassesOfTheCallersOwn() {
    Engine engine = Engine.bootstrap(RuleProfile.defaults());
    Rate wrong = Rate.builder().subject("国家级任务").numerator(166).denominator(359)
        .ratePercent(new BigDecimal("52.0")).quote("处罚率52.0%").build();
    Report report = Report.builder().title("某区司法局关于2023年法治政府建设情况的报告")
        .addPreamble(Paragraph.of("现将情况报告如下。"))
        .addSections(Section.builder().heading(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, 1, "主要举措"))
            .addParagraphs(Paragraph.builder().text("查处违法案件166起，处罚率52.0%。").addFigures(wrong).build())
            .build())
        .build();
    assertThat(engine.validate(report)).anyMatch(finding -> finding.getRule().equals("metric.rate-mismatch"));
    assertThat(engine.usedDefaultScope()).isFalse();
    Engine english = Engine.bootstrap(RuleProfile.of(MonthDay.of(4, 1), Locale.ENGLISH, Set.of(), Map.of(),
        List.of()));
    assertThat(english.validate(report)).hasSameSizeAs(engine.validate(report));
    assertThat(english.usedDefaultScope()).isFalse();

    // A paragraph of the caller's own deep in the tree: the same findings (unsorted here), from the
    // default scope.
    Paragraph own = report.getSections().get(0).getParagraphs().get(0);
    Paragraph foreign = (Paragraph) Proxy.newProxyInstance(Paragraph.class.getClassLoader(),
        new Class<?>[] {Paragraph.class}, (self, method, arguments) -> method.invoke(own, arguments));
    assertThat(ModelShapes.holdsOnlyGeneratedClasses(report)).isTrue();
    Report withForeign = Report.builder().from(report).sections(List.of(Section.builder()
        .from(report.getSections().get(0)).paragraphs(List.of(foreign)).build())).build();
    assertThat(ModelShapes.holdsOnlyGeneratedClasses(withForeign)).isFalse();
    assertThat(engine.validate(withForeign)).containsExactlyInAnyOrderElementsOf(engine.validate(report));
    assertThat(engine.usedDefaultScope()).isTrue();
  }
}
