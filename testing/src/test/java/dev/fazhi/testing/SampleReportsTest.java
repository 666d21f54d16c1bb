package dev.fazhi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.Report;
import org.junit.jupiter.api.Test;

class SampleReportsTest {

  @Test
  void loadsJsonFromTheTestClassPath() {
    Report report = SampleReports.json("reports/tiny.json");

    assertThat(report.getTitle()).isEqualTo("测试局2024年法治政府建设年度报告");
    assertThat(report.getReportingYear()).hasValue(2024);
    assertThat(SampleReports.json("/reports/tiny.json")).isEqualTo(report);
  }

  @Test
  void loadsJsonRelativeToAClass() {
    Report report = SampleReports.json(SampleReportsTest.class, "nearby.json");

    assertThat(report.getTitle()).isEqualTo("近旁局2023年法治政府建设年度报告");
    assertThat(SampleReports.json(SampleReportsTest.class, "/reports/tiny.json").getTitle())
        .isEqualTo("测试局2024年法治政府建设年度报告");
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
}
