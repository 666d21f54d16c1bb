package dev.fazhi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.read.NotAReportException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SampleReportsTest {

  @Test
  void loadsJsonFromTheTestClassPath() {
    Report report = SampleReports.json("reports/tiny.json");

    assertThat(report.getTitle()).hasValue("测试局2024年法治政府建设年度报告");
    assertThat(report.getReportingYear()).hasValue(2024);
    assertThat(SampleReports.json("/reports/tiny.json")).isEqualTo(report);
  }

  @Test
  void loadsJsonRelativeToAClass() {
    Report report = SampleReports.json(SampleReportsTest.class, "nearby.json");

    assertThat(report.getTitle()).hasValue("近旁局2023年法治政府建设年度报告");
    assertThat(SampleReports.json(SampleReportsTest.class, "/reports/tiny.json").getTitle())
        .hasValue("测试局2024年法治政府建设年度报告");
  }

  @Test
  void missingResourceIsNamed() {
    assertThatThrownBy(() -> SampleReports.json("reports/absent.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'reports/absent.json'")
        .hasMessageContaining("src/test/resources/reports/absent.json");
    assertThatThrownBy(() -> SampleReports.json(SampleReportsTest.class, "absent.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'dev/fazhi/testing/absent.json'")
        .hasMessageContaining("relative to dev.fazhi.testing.SampleReportsTest");
  }

  @Test
  void invalidJsonNamesTheResourceAndThePath() {
    assertThatThrownBy(() -> SampleReports.json("reports/broken.json"))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("reports/broken.json")
        .hasMessageContaining("$.reportingYear")
        .satisfies(e -> assertThat(((ReportFormatException) e).getLine()).hasValue(3));
  }

  @Test
  void loadsEveryBundledSampleByNameWithOrWithoutExtension() {
    assertThat(SampleReports.bundledNames()).hasSize(3);
    for (String name : SampleReports.bundledNames()) {
      Report report = SampleReports.bundled(name);
      assertThat(report.getSource()).hasValue(name + ".txt");
      assertThat(SampleReports.bundled(name + ".json")).isEqualTo(report);
      assertThat(report.getSourceText()).hasValue(SampleReports.bundledText(name));
      assertThat(SampleReports.bundledText(name)).isEqualTo(SampleReports.bundledText(name + ".txt"))
          .contains(report.getIssuer().orElseThrow().getName());
    }
  }

  @Test
  void unknownBundledSampleListsTheKnownOnes() {
    assertThatThrownBy(() -> SampleReports.bundled("nowhere-2024"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nowhere-2024'")
        .hasMessageContaining("qingshan-justice-2024-clean, yunxi-market-2023-webcopy, linjiang-ecology-2022-thematic");
    assertThatThrownBy(() -> SampleReports.bundledText("nowhere-2024"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nowhere-2024'");
  }

  @Test
  void readsAPublishedTextFromTheTestClassPath() {
    Report report = SampleReports.text("reports/tiny.txt");

    assertThat(report.getSource()).hasValue("reports/tiny.txt");
    assertThat(report.getTitle()).hasValue("测试局2024年法治政府建设年度报告");
    assertThat(report.getReportingYear()).hasValue(2024);
    assertThat(report.getSignedOn()).hasValue(LocalDate.of(2025, 2, 10));
    assertThat(report.partsWithSections()).containsExactlyInAnyOrder(Part.MEASURES_AND_RESULTS,
        Part.SHORTCOMINGS_AND_CAUSES, Part.PRINCIPAL_RESPONSIBILITY, Part.NEXT_YEAR_PLAN);
    assertThat(report.getSourceText()).hasValueSatisfying(text -> assertThat(text).startsWith("测试局2024年"));
    FazhiAssertions.assertThat(report).hasIssuer("测试局").hasBreakdown(120, 98, 22);
    assertThat(SampleReports.text("/reports/tiny.txt")).isEqualTo(report);
  }

  @Test
  void readsAPublishedTextRelativeToAClass() {
    Report report = SampleReports.text(SampleReportsTest.class, "/reports/tiny.txt");

    assertThat(report.getSource()).hasValue("reports/tiny.txt");
    assertThat(report.getTitle()).hasValue("测试局2024年法治政府建设年度报告");
  }

  @Test
  void missingTextIsNamed() {
    assertThatThrownBy(() -> SampleReports.text("reports/absent.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'reports/absent.txt'")
        .hasMessageContaining("src/test/resources/reports/absent.txt");
    assertThatThrownBy(() -> SampleReports.text(SampleReportsTest.class, "absent.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'dev/fazhi/testing/absent.txt'")
        .hasMessageContaining("relative to dev.fazhi.testing.SampleReportsTest");
  }

  @Test
  void aTextThatIsNoReportIsRefusedNamingTheResource() {
    assertThatThrownBy(() -> SampleReports.text("reports/not-a-report.txt"))
        .isInstanceOf(NotAReportException.class)
        .hasMessageContaining("reports/not-a-report.txt");
  }

  @Test
  void unknownBundledTextReportListsTheKnownOnes() {
    assertThatThrownBy(() -> SampleReports.bundledTextReport("nowhere-2024"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nowhere-2024'")
        .hasMessageContaining("qingshan-justice-2024-clean");
  }
}
