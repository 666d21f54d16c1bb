package dev.fazhi.validation.rules.meta;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.SampleReports.clean;

import dev.fazhi.core.model.Issuer;
import org.junit.jupiter.api.Test;

/** meta.issuer-missing: when it fires, when it must not, and its traps. */
class IssuerMissingRuleTest {

  @Test
  void issuerMissing() {
    only(clean().withIssuer((Issuer) null), "meta.issuer-missing");
    only(clean().withIssuer(Issuer.named("  ")), "meta.issuer-missing");
    none(clean(), "meta.issuer-missing");
  }
}
