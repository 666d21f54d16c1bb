package dev.fazhi.validation.rules.text;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.saying;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.validation.Finding;
import org.junit.jupiter.api.Test;

/** text.letter-in-number: when it fires, when it must not, and its traps. */
class LetterInNumberRuleTest {

  @Test
  void letterInNumber() {
    Finding finding = only(saying("制定了通知（花卫党字〔20I9〕20号）。"), "text.letter-in-number");
    assertThat(finding.getQuote().orElseThrow()).contains("20I9");
    none(saying("防控H7N9疫情，通过ISO9001认证，开展O2O服务。"), "text.letter-in-number");
  }
}
