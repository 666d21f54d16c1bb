package dev.fazhi.validation.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Figures by subject and the changes on the previous year stated for them. */
class FigureScannerTest {

  @Test
  void findsTheThreeKindsOfChange() {
    FigureScanner.Found found = FigureScanner.scan(
        "全年办理行政复议案件135件，同比增长15.6%；行政应诉案件48件，较上年增加6件；行政复议纠错率9.6%，同比下降1.2个百分点。", 3, 1);
    assertThat(found.figures()).extracting(StatedFigure::quote)
        .containsExactly("办理行政复议案件135件", "行政应诉案件48件", "行政复议纠错率9.6%");
    assertThat(found.claims()).hasSize(3);
    ChangeClaim percent = found.claims().get(0);
    assertThat(percent.kind()).isEqualTo(ChangeClaim.Kind.PERCENT);
    assertThat(percent.change()).isEqualTo(new BigDecimal("15.6"));
    assertThat(percent.increase()).isTrue();
    assertThat(percent.changeText()).isEqualTo("同比增长15.6%");
    assertThat(percent.quote()).isEqualTo("办理行政复议案件135件，同比增长15.6%");
    assertThat(percent.line()).isEqualTo(3);
    assertThat(found.claims().get(1).kind()).isEqualTo(ChangeClaim.Kind.ABSOLUTE);
    assertThat(found.claims().get(2).kind()).isEqualTo(ChangeClaim.Kind.POINTS);
    assertThat(found.claims().get(2).increase()).isFalse();
  }

  @Test
  void valuesKeepTheirWrittenScaleInFullWidthDigitsAndBeyondALong() {
    FigureScanner.Found found = FigureScanner.scan(
        "行政复议纠错率８.１０%，同比下降0.50个百分点；罚没款项共计123456789012345678901元，审结案件007件。", 1, 1);
    assertThat(found.figures()).extracting(StatedFigure::value).containsExactly(new BigDecimal("8.10"),
        new BigDecimal("123456789012345678901"), new BigDecimal("007"));
    assertThat(found.figures().get(0).value().scale()).isEqualTo(2);
    assertThat(found.claims()).singleElement().satisfies(c -> {
      assertThat(c.change()).isEqualTo(new BigDecimal("0.50"));
      assertThat(c.change().scale()).isEqualTo(2);
    });
  }

  @Test
  void approximateFiguresAndYearsAreNoFigures() {
    FigureScanner.Found found = FigureScanner.scan("2024年，检查经营单位近2200家，培训执法人员500余人次，受理咨询2016件。", 1, 1);
    assertThat(found.figures()).extracting(StatedFigure::quote).containsExactly("受理咨询2016件");
    assertThat(found.claims()).isEmpty();
  }

  @Test
  void aChangeWithoutAFigureOrInAnotherUnitIsNoClaim() {
    assertThat(FigureScanner.scan("行政机关败诉案件同比下降。", 1, 1).claims()).isEmpty();
    assertThat(FigureScanner.scan("办理案件120件，同比增加3人。", 1, 1).claims()).isEmpty();
  }
}
