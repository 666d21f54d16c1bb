package dev.fazhi.validation.rules.meta;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.SampleReports.clean;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Issuer;
import dev.fazhi.validation.Finding;
import org.junit.jupiter.api.Test;

/** meta.issuer-missing: trigger, near miss, traps. */
class IssuerMissingRuleTest {

  private static final String RULE = "meta.issuer-missing";

  @Test
  void noIssuerAtAll() {
    Finding finding = only(clean().withIssuer((Issuer) null), RULE);
    assertThat(finding.getMessage()).isEqualTo("无法确定报告的发文机关");
    assertThat(finding.getLocation()).isEmpty();
  }

  @Test
  void nearMissAShortButRealName() {
    none(clean().withIssuer(Issuer.named("县委")), RULE);
  }

  @Test
  void trapsANameOfBlanksIsNoName() {
    // ideographic and no-break spaces used for indentation are blanks, not a name
    only(clean().withIssuer(Issuer.named("  ")), RULE);
    only(clean().withIssuer(Issuer.named("\u3000\u00a0\u3000")), RULE);
  }
}
