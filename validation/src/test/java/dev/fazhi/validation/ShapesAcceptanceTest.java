package dev.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's texts in the shapes reports are published in (shapes/ at the repository root) give what their expected
 * JSON says, as the corpus seeds do; a text the reader refuses has nothing to validate. The folder is
 * part of the repository: without it the checkout is broken, so fail, never skip.
 */
class ShapesAcceptanceTest {

  private static final Path SHAPES = Path.of("..", "shapes");

  static Stream<String> shapes() throws IOException {
    assertThat(SHAPES.resolve("expected")).isDirectory();
    try (Stream<Path> files = Files.list(SHAPES.resolve("expected"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - 5)).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void givesWhatItsExpectedJsonSays(String name) throws IOException {
    JsonNode expected = new ObjectMapper().readTree(SHAPES.resolve("expected").resolve(name + ".json").toFile());
    if (expected.has("refused")) {
      return; // no report to validate: ShapesReadingTest checks the refusal
    }
    CorpusAcceptanceTest.givesWhatItsExpectedJsonSays(SHAPES, name, expected);
  }
}
