package dev.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The input collector's fast paths against the simple code they replace. */
class InputCollectorTest {

  /** Characters that make the suffix test hard: case, dots, and characters that case-map oddly. */
  private static final String ALPHABET = "tTxXjJsSoOnNhHmMlLdDcCpPfFwW.a_\u0130\u0131\u212A\u017F\u03A3\u00DF\u2126";

  private static final List<String> SUFFIXES = List.of(".txt", ".json", ".html", ".htm", ".docx",
      ".pdf", ".doc", ".wps", ".ofd");

  /** The former test, on the file name lowercased. */
  private static boolean formerIsReportName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return SUFFIXES.stream().anyMatch(lower::endsWith);
  }

  @Test
  void reportNamesAsTheFormerTestOnRandomNames() {
    Random random = new Random(20261204L);
    int reports = 0;
    for (int k = 0; k < 200_000; k++) {
      StringBuilder name = new StringBuilder();
      int length = 1 + random.nextInt(8);
      for (int i = 0; i < length; i++) {
        name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      if (random.nextInt(3) == 0) {
        // a real suffix in random case, sometimes followed by more
        String suffix = SUFFIXES.get(random.nextInt(SUFFIXES.size()));
        for (char c : suffix.toCharArray()) {
          name.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        if (random.nextInt(4) == 0) {
          name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
      }
      String text = name.toString();
      boolean expected = formerIsReportName(text);
      assertThat(InputCollector.isReportName(text)).as(text).isEqualTo(expected);
      assertThat(InputCollector.isReportFile(Path.of("dir.d", "sub", text))).as(text)
          .isEqualTo(expected);
      reports += expected ? 1 : 0;
    }
    assertThat(reports).isGreaterThan(20_000);
  }

  @Test
  void sortsAsInputCompareTo() {
    Random random = new Random(7L);
    for (int round = 0; round < 200; round++) {
      List<Input> inputs = new ArrayList<>();
      int count = random.nextInt(60);
      for (int i = 0; i < count; i++) {
        Path path = Path.of("d" + random.nextInt(3), "f" + random.nextInt(20) + ".txt");
        inputs.add(random.nextInt(5) == 0 ? Input.failed(path, "p" + i) : Input.file(path));
      }
      List<Input> expected = new ArrayList<>(inputs);
      expected.sort(null);
      InputCollector.sortBySource(inputs);
      // the same inputs, in the same order (equal keys keep their order: both sorts are stable)
      assertThat(inputs).containsExactlyElementsOf(expected);
      for (int i = 0; i < inputs.size(); i++) {
        assertThat(inputs.get(i)).isSameAs(expected.get(i));
      }
    }
  }
}
