package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance: the project's own texts in the shapes reports are published in (shapes/ at the repository root: the page
 * around a report, its metadata block, cover letters, no title, text taken out of a PDF, flattened
 * tables, plans that are no report) read in full as their expected JSON says, as the corpus seeds are
 * checked. The folder is part of the repository: without it the checkout is broken, so fail, never skip.
 */
class ShapesReadingTest {

  static final Path SHAPES = Path.of("..", "shapes");

  static Stream<String> shapes() throws IOException {
    assertThat(SHAPES.resolve("expected")).as("shapes/expected at the repository root").isDirectory();
    try (Stream<Path> files = Files.list(SHAPES.resolve("expected"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void readsTheTextAsExpected(String expectedFile) throws IOException {
    CorpusReadingTest.readsAsExpected(SHAPES, expectedFile);
  }

  @org.junit.jupiter.api.Test
  void thereAreAtLeastTwelve() throws IOException {
    assertThat(shapes().count()).isGreaterThanOrEqualTo(12);
  }
}
