package dev.fazhi.validation.rules.text;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.saying;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.validation.Finding;
import org.junit.jupiter.api.Test;

/** text.letter-in-number: trigger, near miss, traps. */
class LetterInNumberRuleTest {

  private static final String RULE = "text.letter-in-number";

  @Test
  void aCapitalIForAOneInADocumentNumber() {
    Finding finding = only(saying("印发了《实施方案》（某司发〔20I9〕7号）。"), RULE);
    assertThat(finding.getMessage()).isEqualTo("数字“20I9”中夹有拉丁字母（是否以I、l、O代1、0？）");
    assertThat(finding.getQuote().orElseThrow()).contains("20I9");
    assertThat(finding.getActual()).contains("20I9");
  }

  @Test
  void nearMissTheSameNumberWrittenRight() {
    none(saying("印发了《实施方案》（某司发〔2019〕7号）。"), RULE);
  }

  @Test
  void trapsCodesModelNamesAndSingleDigits() {
    // names that mix letters and digits on purpose: a virus, a standard, a business model, a network
    none(saying("做好H7N9防控，通过ISO9001认证，推广O2O服务，建成5G基站，开展3O项检查。"), RULE);
    // a letter right after the digits makes a code, not a mistyped number
    none(saying("设备型号10Ox已停用。"), RULE);
    // a lower-case l for 1, and an O for 0, inside a longer number are found
    only(saying("全年受理案件2l3件。"), RULE);
  }
}
