package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code figures(false)}: the same report as the default reader's, field for field, except that no
 * paragraph has figures; on the samples, the corpus samples and the shapes.
 */
class WithoutFiguresTest {

  private static final ReportReader FULL = ReportReader.builder().build();
  private static final ReportReader LIGHT = ReportReader.builder().figures(false).build();

  private static List<Path> texts() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String dir : List.of("../samples", "../corpus-samples", "../shapes")) {
      if (Files.isDirectory(Path.of(dir))) {
        try (Stream<Path> files = Files.walk(Path.of(dir))) {
          files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(out::add);
        }
      }
    }
    return out;
  }

  /** The report as JSON with every paragraph's figures taken out. */
  private static JsonNode withoutFigures(Report report) throws IOException {
    JsonNode tree = new ObjectMapper().readTree(ReportJson.defaults().write(report));
    strip(tree);
    return tree;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove("figures");
    }
    node.forEach(WithoutFiguresTest::strip);
  }

  @Test
  void everythingButTheFiguresIsReadTheSame() throws IOException {
    int reports = 0;
    int figures = 0;
    for (Path text : texts()) {
      Report full;
      try {
        full = FULL.read(text);
      } catch (dev.fazhi.core.ReportFormatException e) {
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(dev.fazhi.core.ReportFormatException.class,
            () -> LIGHT.read(text)).getMessage()).isEqualTo(e.getMessage());
        continue;
      }
      Report light = LIGHT.read(text);
      assertThat(light.allFigures()).as(text.toString()).isEmpty();
      assertThat(withoutFigures(light)).as(text.toString()).isEqualTo(withoutFigures(full));
      reports++;
      figures += full.allFigures().size();
    }
    assertThat(reports).isGreaterThan(10);
    assertThat(figures).as("the default reader does extract figures").isGreaterThan(reports);
    assertThat(FULL.figures()).isTrue();
    assertThat(LIGHT.figures()).isFalse();
  }
}
