package dev.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each option of {@code fazhi check}, on a report built in code that lacks the principal-responsibility
 * part ({@code outline.part-missing}, an ERROR) and is signed on 15 March of the following year.
 */
class CheckOptionsTest {

  @TempDir
  Path dir;

  private String file;

  @BeforeEach
  void writeReport() throws IOException {
    file = Fixtures.writeJson(dir, "east.json", Fixtures.lacksPrincipalPart()).toString();
  }

  private static List<String> rules(CliRun run) {
    List<String> rules = new ArrayList<>();
    run.json().at("/reports/0/findings").forEach(f -> rules.add(f.get("rule").asText()));
    return rules;
  }

  private static JsonNode finding(CliRun run, String rule) {
    for (JsonNode finding : run.json().at("/reports/0/findings")) {
      if (finding.get("rule").asText().equals(rule)) {
        return finding;
      }
    }
    throw new AssertionError("no " + rule + " in\n" + run);
  }

  @Test
  void missingPartIsAnErrorAndExitsOne() {
    CliRun run = CliRun.run("check", "--format", "json", file);

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    JsonNode missing = finding(run, "outline.part-missing");
    assertThat(missing.get("severity").asText()).isEqualTo("ERROR");
    assertThat(missing.get("part").asText()).isEqualTo("PRINCIPAL_RESPONSIBILITY");
    assertThat(missing.get("line").isNull()).isTrue();
  }

  @Test
  void failOnNeverExitsZero() {
    assertThat(CliRun.run("check", "--fail-on", "never", file).status()).isZero();
  }

  @Test
  void failOnErrorIgnoresLesserFindings() {
    CliRun run = CliRun.run("check", "--format", "json", "--disable", "outline.part-missing", file);

    assertThat(rules(run)).as(run.toString()).doesNotContain("outline.part-missing");
    assertThat(run.json().at("/reports/0/findings")).allSatisfy(
        f -> assertThat(f.get("severity").asText()).isNotEqualTo("ERROR"));
    assertThat(run.status()).isZero();
  }

  @Test
  void severityOverrideChangesTheFindingAndTheExitStatus() {
    CliRun run = CliRun.run("check", "--format", "json", "--severity", "outline.part-missing=warning",
        file);

    assertThat(finding(run, "outline.part-missing").get("severity").asText()).isEqualTo("WARNING");
    assertThat(run.status()).isZero();
    assertThat(CliRun.run("check", "--fail-on", "warning", "--severity", "outline.part-missing=WARNING",
        file).status()).isEqualTo(1);
    assertThat(CliRun.run("check", "--fail-on", "info", "--severity", "outline.part-missing=info",
        file).status()).isEqualTo(1);
    assertThat(CliRun.run("check", "--fail-on", "warning", "--severity", "outline.part-missing=info",
        file).status()).isZero();
  }

  @Test
  void deadlineMakesAMarchSignatureLate() {
    CliRun national = CliRun.run("check", "--format", "json", file);
    CliRun provincial = CliRun.run("check", "--format", "json", "--deadline", "03-01", file);

    assertThat(rules(national)).as(national.toString()).doesNotContain("meta.publication-late");
    assertThat(rules(provincial)).as(provincial.toString()).contains("meta.publication-late");
  }

  @Test
  void localeChangesTheMessagesAndTheSystemLocaleIsTheDefault() {
    String english = finding(CliRun.run("check", "--format", "json", "--locale", "en", file),
        "outline.part-missing").get("message").asText();
    String chinese = finding(CliRun.run("check", "--format", "json", "--locale", "zh-CN", file),
        "outline.part-missing").get("message").asText();
    String chineseSystem = finding(CliRun.run(Terminal.PLAIN, Locale.TRADITIONAL_CHINESE, 1,
        "check", "--format", "json", file), "outline.part-missing").get("message").asText();
    String germanSystem = finding(CliRun.run(Terminal.PLAIN, Locale.GERMANY, 1,
        "check", "--format", "json", file), "outline.part-missing").get("message").asText();

    assertThat(chinese).isNotEqualTo(english).containsPattern("\\p{IsHan}");
    assertThat(english).doesNotContainPattern("[的缺少部分]");
    assertThat(chineseSystem).isEqualTo(chinese);
    assertThat(germanSystem).isEqualTo(english);
    assertThat(CliRun.run("check", "--locale", "zh_CN", file).out()).contains("共检查报告");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--format=xml", "--fail-on=sometimes", "--deadline=13-01", "--deadline=02-30",
      "--deadline=3-1", "--deadline=0301", "--locale=fr", "--severity=outline.part-missing=fatal",
      "--severity=outline.part-missing", "--disable=no.such-rule", "--severity=no.such-rule=info",
      "--no-such-option"})
  void badOptionExitsTwoWithAClearMessageAndNoOutput(String option) {
    CliRun run = CliRun.run("check", option, file);

    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("fazhi check: ").contains("fazhi check --help")
        .doesNotContain("Exception", "\tat ");
    String[] pieces = option.split("=");
    String named = option.startsWith("--severity=no") ? pieces[1] : pieces[pieces.length - 1];
    if (!option.equals("--severity=outline.part-missing")) {
      assertThat(run.err()).as("names the bad value").contains(named);
    }
  }

  @Test
  void badOptionMessagesAreInTheChosenLanguage() {
    assertThat(CliRun.run("check", "--locale", "zh-CN", "--deadline", "13-01", file).err())
        .contains("“13-01”不是 MM-DD 格式的月日");
    assertThat(CliRun.run("check", "--locale", "en", "--disable", "x.y", file).err())
        .contains("unknown rule \"x.y\" in --disable");
  }

  @Test
  void noPathExitsTwo() {
    CliRun run = CliRun.run("check");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("fazhi check: missing PATH");
    assertThat(CliRun.run("check", "--locale", "zh-CN").err()).startsWith("fazhi check：缺少 PATH");
  }

  @Test
  void optionWithoutValueAndUnknownOptionAreSaidInTheChosenLanguage() {
    CliRun noValue = CliRun.run("check", file, "--format");
    CliRun unknown = CliRun.run("check", "--locale", "zh-CN", "--colour", file);

    assertThat(noValue.status()).isEqualTo(2);
    assertThat(noValue.err()).startsWith("fazhi check: --format needs a value: text|json|sarif");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("fazhi check：无法识别的选项或参数：--colour");
  }

  @Test
  void noCommandExitsTwo() {
    CliRun run = CliRun.run();
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("check or rules");
  }

  @Test
  void deadlineParsing() {
    Messages messages = Messages.of(Locale.ENGLISH);
    assertThat(Converters.monthDay("03-01", messages)).hasToString("--03-01");
    assertThat(Converters.monthDay("02-29", messages)).hasToString("--02-29");
    assertThat(Converters.locale("zh-CN", messages)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Converters.locale("EN_us", messages)).isEqualTo(Locale.ENGLISH);
  }
}
