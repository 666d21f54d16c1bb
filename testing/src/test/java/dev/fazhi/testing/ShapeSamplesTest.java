package dev.fazhi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fazhi.core.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The texts of shapes/ travel in the jar and load by name. */
class ShapeSamplesTest {

  @Test
  void everyShapeInTheRepositoryIsBundledAndListed() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "shapes"))) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4)).sorted())
          .containsExactlyElementsOf(SampleReports.shapeNames());
    }
    for (String name : SampleReports.shapeNames()) {
      assertThat(SampleReports.shapeText(name)).isNotBlank();
    }
  }

  @Test
  void aWebPageReadsAsItsReport() {
    Report report = SampleReports.shapeTextReport("qinghe-justice-2023-webpage.txt");
    assertThat(report.getTitle()).hasValue("青禾县司法局2023年法治政府建设年度报告");
    assertThat(report.getSource()).hasValue("qinghe-justice-2023-webpage.txt");
    assertThat(report.getMetadata()).isPresent();
  }

  @Test
  void anUnknownShapeIsNamed() {
    assertThatThrownBy(() -> SampleReports.shapeText("nowhere"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere")
        .hasMessageContaining("qinghe-justice-2023-webpage");
  }
}
