package dev.fazhi.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A consumer on Spring Boot 3.5 (Hibernate Validator 8), or with Hibernate Validator 8 forced on
 * Spring Boot 4, is told what it needs at start, not left to fail later.
 */
class RequirementsTest {

  @Test
  void bootThreeWithHibernateValidatorEightIsNamedWithTheVersionsNeeded() {
    assertThat(Requirements.unmet("3.5.7", "8.0.2.Final")).hasValueSatisfying(message -> assertThat(message)
        .contains("Spring Boot 4.x (found 3.5.7)")
        .contains("Hibernate Validator 9.x, on Jakarta Validation 3.1 (found Hibernate Validator 8.0.2.Final)")
        .contains("without the starter"));
  }

  @Test
  void bootFourWithHibernateValidatorEightIsToldWhichPropertyToSet() {
    assertThat(Requirements.unmet("4.0.7", "8.0.2.Final")).hasValueSatisfying(message -> assertThat(message)
        .doesNotContain("Spring Boot 4.x (found")
        .contains("found Hibernate Validator 8.0.2.Final")
        .contains("hibernate-validator.version to a 9.x version"));
  }

  @Test
  void hibernateValidatorNineAndUnknownVersionsPass() {
    assertThat(Requirements.unmet("4.0.7", "9.0.1.Final")).isEmpty();
    assertThat(Requirements.unmet("4.0.7", "9.1.6.Final")).isEmpty();
    assertThat(Requirements.unmet("4.1.2", "9.2.0.Final")).isEmpty();
    assertThat(Requirements.unmet("4.0.7", "10.0.0.Alpha1")).isEmpty();
    assertThat(Requirements.unmet(null, null)).isEmpty();
    assertThat(Requirements.unmet("unknown", "")).isEmpty();
  }

  @Test
  void theVersionsOnThisClassPathPass() {
    new RequirementsCheck().initialize(null);
  }
}
