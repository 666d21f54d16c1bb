package dev.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of command-line mistake picocli can report is said in the chosen language, with none of
 * picocli's English wording left in it.
 */
class UsageErrorsTest {

  @TempDir
  Path dir;

  private String file;

  @BeforeEach
  void writeReport() throws IOException {
    file = Fixtures.writeJson(dir, "east.json", Fixtures.lacksPrincipalPart()).toString();
  }

  /** Runs with the system locale, then again with --locale, so both ways of choosing are covered. */
  private CliRun run(String locale, String arguments) {
    List<String> args = new ArrayList<>();
    for (String argument : arguments.split(" ")) {
      args.add(argument.equals("FILE") ? file : argument);
    }
    Locale system = locale.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    CliRun bySystem = CliRun.run(Terminal.PLAIN, system, 1, args.toArray(new String[0]));
    boolean subcommand = args.get(0).equals("check") || args.get(0).equals("rules");
    if (subcommand && !arguments.contains("--locale")) {
      args.add(1, "--locale=" + locale);
      CliRun byOption = CliRun.run(Terminal.PLAIN, Locale.GERMANY, 1, args.toArray(new String[0]));
      assertThat(byOption.err()).as("--locale chooses the language").isEqualTo(bySystem.err());
    }
    return bySystem;
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(delimiterString = " :: ", value = {
      "en :: check --format xml FILE :: fazhi check: invalid value for --format: \"xml\" is not one of text|json|sarif",
      "zh-CN :: check --format xml FILE :: fazhi check：--format 的值无效：“xml”不是 text|json|sarif 之一",
      "en :: check --fail-on sometimes FILE :: fazhi check: invalid value for --fail-on: \"sometimes\" is not one of error|warning|info|never",
      "zh-CN :: check --fail-on sometimes FILE :: fazhi check：--fail-on 的值无效：“sometimes”不是 error|warning|info|never 之一",
      "en :: check --severity x FILE :: fazhi check: invalid value for --severity: \"x\" is not RULE=LEVEL, such as outline.numbering-style=warning",
      "zh-CN :: check --severity x FILE :: fazhi check：--severity 的值无效：“x”不是 RULE=LEVEL 格式，如 outline.numbering-style=warning",
      "en :: check --severity =info FILE :: fazhi check: invalid value for --severity: \"=info\" is not RULE=LEVEL, such as outline.numbering-style=warning",
      "en :: check --severity outline.part-missing=fatal FILE :: fazhi check: invalid value for --severity: \"fatal\" is not one of error|warning|info",
      "zh-CN :: check --severity outline.part-missing=fatal FILE :: fazhi check：--severity 的值无效：“fatal”不是 error|warning|info 之一",
      "en :: check --deadline 13-01 FILE :: fazhi check: invalid value for --deadline: \"13-01\" is not a month and day written MM-DD, such as 03-01",
      "zh-CN :: check --deadline 13-01 FILE :: fazhi check：--deadline 的值无效：“13-01”不是 MM-DD 格式的月日，如 03-01",
      "en :: check --help=maybe FILE :: fazhi check: \"maybe\" is not a valid value for --help",
      "zh-CN :: check --help=maybe FILE :: fazhi check：“maybe”不是 --help 的有效值",
      "en :: check --bogus FILE :: fazhi check: unknown option or argument: --bogus",
      "zh-CN :: check --bogus FILE :: fazhi check：无法识别的选项或参数：--bogus",
      "en :: rules extra :: fazhi rules: unknown option or argument: extra",
      "zh-CN :: rules extra :: fazhi rules：无法识别的选项或参数：extra",
      "en :: help nosuch :: fazhi: unknown option or argument: nosuch",
      "zh-CN :: help nosuch :: fazhi：无法识别的选项或参数：nosuch",
      "en :: check --format json --format text FILE :: fazhi check: --format may be given only once",
      "zh-CN :: check --format json --format text FILE :: fazhi check：--format 只能指定一次",
      "en :: check FILE --format :: fazhi check: --format needs a value: text|json|sarif",
      "zh-CN :: check FILE --format :: fazhi check：--format 需要一个值：text|json|sarif",
      "en :: check --locale=en :: fazhi check: missing PATH",
      "zh-CN :: check --locale=zh-CN :: fazhi check：缺少 PATH",
      "en :: check --disable no.such-rule FILE :: fazhi check: unknown rule \"no.such-rule\" in --disable; run \"fazhi rules\" for the rule ids",
      "zh-CN :: check --disable no.such-rule FILE :: fazhi check：--disable 中的规则“no.such-rule”不存在；运行“fazhi rules”查看规则编号",
  })
  void eachMistakeIsSaidInTheChosenLanguage(String locale, String arguments, String expected) {
    CliRun run = run(locale, arguments);

    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    String first = run.err().lines().findFirst().orElseThrow();
    assertThat(first).isEqualTo(expected);
    assertThat(run.err()).doesNotContain("Invalid value", "option '", "should be", "Unknown", "Unmatched",
        "Missing", "Expected", "Exception", "\tat ");
    if (locale.equals("zh-CN")) {
      assertThat(run.err()).contains("运行“fazhi").doesNotContain("Run \"");
    } else {
      assertThat(run.err()).contains("Run \"fazhi").doesNotContainPattern("\\p{IsHan}");
    }
  }

  @Test
  void suggestionsAreInTheChosenLanguage() {
    assertThat(CliRun.run(Terminal.PLAIN, Locale.ENGLISH, 1, "check", "--formt", "json", file).err())
        .contains("Did you mean: --format?").doesNotContain("Possible solutions");
    assertThat(CliRun.run(Terminal.PLAIN, Locale.SIMPLIFIED_CHINESE, 1, "check", "--formt", "json", file).err())
        .contains("是否要用：--format？").doesNotContain("Did you mean");
  }

  @Test
  void severityOverridesAreParsedIntoRuleAndLevel() {
    Messages messages = Messages.of(Locale.ENGLISH);
    assertThat(Converters.severityOverride("outline.numbering-style=Warning", messages))
        .isEqualTo(new SeverityOverride("outline.numbering-style",
            dev.fazhi.validation.Severity.WARNING));
  }
}
