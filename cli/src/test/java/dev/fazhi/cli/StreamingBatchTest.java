package dev.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real entry point in its own JVM, on a batch far larger than its heap could hold as reports:
 * the command streams (only a few reports exist at a time), so 1000 copies of a sample text (each
 * read with its source text, sections and figures) pass in 32 MB, and none is lost.
 */
class StreamingBatchTest {

  private static final int COPIES = 1000;

  @TempDir
  Path dir;

  @Test
  void aLargeBatchRunsInASmallHeapAndEveryFileIsReported() throws IOException, InterruptedException {
    String text = Files.readString(Fixtures.SAMPLES.resolve("yunxi-market-2023-webcopy.txt"));
    Path batch = Files.createDirectories(dir.resolve("batch"));
    for (int i = 0; i < COPIES; i++) {
      Files.writeString(batch.resolve(String.format("r%04d.txt", i)), text);
    }
    Path out = dir.resolve("out.json");
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx32m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "check", "--format", "json", batch.toString())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finishes").isTrue();

    assertThat(Files.readString(err)).doesNotContain("OutOfMemoryError");
    assertThat(process.exitValue()).as(Files.readString(err)).isEqualTo(1);
    JsonNode json = CliRun.JSON.readTree(out.toFile());
    assertThat(json.get("reports")).hasSize(COPIES);
    assertThat(json.get("errors")).isEmpty();
    assertThat(json.at("/reports/0/source").asText()).endsWith("r0000.txt");
    assertThat(json.at("/reports/" + (COPIES - 1) + "/source").asText()).endsWith(String.format("r%04d.txt", COPIES - 1));
    assertThat(List.of(json.at("/reports/0/findings").size(), json.at("/reports/" + (COPIES - 1) + "/findings").size()))
        .allSatisfy(n -> assertThat(n).isPositive());
  }
}
