package dev.fazhi.benchmarks.batch;

import dev.fazhi.benchmarks.RegexScanBaseline;
import dev.fazhi.core.read.ReportReader;
import dev.fazhi.validation.ReportValidator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The stages a batch run can apply, by name. {@code none} measures the driver itself; {@code regex} is
 * the same single-regex pass as {@link RegexScanBaseline}; {@code read} reads each text into a report;
 * {@code read+validate} also validates it and returns the {@code ValidationResult}.
 */
public final class Stages {

  private static final Map<String, Stage> STAGES = new LinkedHashMap<>();
  private static final ReportReader READER = ReportReader.defaults();
  private static final ReportValidator VALIDATOR = ReportValidator.defaults();

  static {
    STAGES.put("none", String::length);
    STAGES.put("regex", Stages::regex);
    STAGES.put("read", READER::read);
    STAGES.put("read+validate", text -> VALIDATOR.validate(READER.read(text)));
  }

  private Stages() {}

  /**
   * Finds a stage.
   *
   * @param name the stage's name
   * @return the stage
   * @throws IllegalArgumentException if no stage has that name
   */
  public static Stage named(String name) {
    Stage stage = STAGES.get(name);
    if (stage == null) {
      throw new IllegalArgumentException("unknown stage '" + name + "'; known: " + names());
    }
    return stage;
  }

  /**
   * The names of the known stages.
   *
   * @return the names, in registration order
   */
  public static Set<String> names() {
    return Collections.unmodifiableSet(STAGES.keySet());
  }

  private static Object regex(String text) {
    Matcher matcher = RegexScanBaseline.FIGURE.matcher(text);
    long matched = 0;
    while (matcher.find()) {
      matched += matcher.end() - matcher.start();
    }
    return matched;
  }
}
