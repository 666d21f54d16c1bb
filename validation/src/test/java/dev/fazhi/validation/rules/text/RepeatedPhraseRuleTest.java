package dev.fazhi.validation.rules.text;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.saying;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.validation.Finding;
import org.junit.jupiter.api.Test;

/** text.repeated-phrase: when it fires, when it must not, and its traps. */
class RepeatedPhraseRuleTest {

  @Test
  void repeatedPhrase() {
    Finding finding = only(saying("规范了执法工作执法执法人员机制。"), "text.repeated-phrase");
    assertThat(finding.getArguments()).containsEntry("phrase", "执法");
    none(saying("常常巡查，人人讲诚信，事事做诚信，日常常巡查。"), "text.repeated-phrase");
  }
}
