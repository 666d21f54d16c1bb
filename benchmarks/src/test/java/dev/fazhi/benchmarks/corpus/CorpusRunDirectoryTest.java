package dev.fazhi.benchmarks.corpus;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CorpusRun} writes a set only where no set of another size stands. */
class CorpusRunDirectoryTest {

  @TempDir
  Path dir;

  @Test
  void anEmptyOrMissingDirectoryIsWrittenTo() {
    assertThatCode(() -> CorpusRun.refuseOtherSet(dir, 20_000)).doesNotThrowAnyException();
    assertThatCode(() -> CorpusRun.refuseOtherSet(dir.resolve("none"), 20_000))
        .doesNotThrowAnyException();
  }

  @Test
  void aSetOfAnotherSizeIsRefusedByName() throws Exception {
    Files.writeString(dir.resolve("complete-100000"), "3170000000");
    assertThatThrownBy(() -> CorpusRun.refuseOtherSet(dir, 20_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(dir.toString())
        .hasMessageContaining("complete-100000")
        .hasMessageContaining("not 20000");
  }
}
