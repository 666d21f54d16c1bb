package dev.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fazhi.validation.RuleCatalog;
import dev.fazhi.validation.RuleDescriptor;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code fazhi --help}, {@code fazhi check --help} and {@code fazhi rules}. */
class HelpAndRulesTest {

  @Test
  void topLevelHelpNamesTheCommands() {
    CliRun run = CliRun.run("--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Usage: fazhi", "check", "rules", "Checks report files");
  }

  @Test
  void checkHelpExplainsEveryOptionAndTheExitStatuses() {
    CliRun run = CliRun.run("check", "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("PATH", "--format", "text|json|sarif", "--locale", "zh-CN|en",
        "--fail-on", "error|warning|info|never", "--deadline", "MM-DD", "--disable", "RULE",
        "--severity", "RULE=LEVEL", "Exit status: 0", "SARIF 2.1.0");
    assertThat(CliRun.run("help", "check").out()).isEqualTo(run.out());
  }

  @Test
  void helpFollowsTheSystemLocaleOrTheLocaleOption() {
    CliRun chinese = CliRun.run(Terminal.PLAIN, Locale.CHINA, 1, "check", "--help");
    CliRun english = CliRun.run(Terminal.PLAIN, Locale.CHINA, 1, "check", "--locale", "en", "--help");

    assertThat(chinese.out()).contains("用法：fazhi check", "退出状态");
    assertThat(english.out()).contains("Usage: fazhi check").doesNotContain("用法");
  }

  @Test
  void versionIsPrinted() {
    assertThat(CliRun.run("--version").out()).matches("fazhi \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    assertThat(CliRun.run("check", "--version").out()).isEqualTo(CliRun.run("--version").out());
  }

  @Test
  void rulesAsJsonListTheCatalog() {
    CliRun run = CliRun.run("rules", "--format", "json", "--locale", "en");

    assertThat(run.status()).isZero();
    JsonNode rules = run.json();
    List<RuleDescriptor> catalog = RuleCatalog.rules();
    assertThat(rules).hasSize(catalog.size());
    for (int i = 0; i < catalog.size(); i++) {
      JsonNode rule = rules.get(i);
      assertThat(rule.size()).isEqualTo(3);
      assertThat(rule.get("rule").asText()).isEqualTo(catalog.get(i).getId());
      assertThat(rule.get("severity").asText()).isEqualTo(catalog.get(i).getDefaultSeverity().name());
      assertThat(rule.get("description").asText()).isEqualTo(catalog.get(i).description(Locale.ENGLISH))
          .isNotBlank();
    }
    assertThat(rules.get(0).get("rule").asText()).isEqualTo("outline.part-missing");
  }

  @Test
  void rulesAsTextInChinese() {
    CliRun run = CliRun.run("rules", "--locale", "zh-CN");

    assertThat(run.status()).isZero();
    assertThat(run.out().lines()).hasSize(RuleCatalog.rules().size());
    assertThat(run.out()).contains("outline.part-missing", "错误",
        RuleCatalog.rules().get(0).description(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void rulesRejectsSarif() {
    CliRun run = CliRun.run("rules", "--format", "sarif");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("text|json");
  }
}
