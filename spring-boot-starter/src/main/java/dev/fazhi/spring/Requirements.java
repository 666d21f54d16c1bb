package dev.fazhi.spring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The versions the starter needs, and the message that names them when they are not met: Spring Boot
 * 4, and Hibernate Validator 9 (Jakarta Validation 3.1), on which the rules run. Spring Boot 3.5
 * resolves Hibernate Validator 8, under which the first finding would fail with a
 * {@code NoClassDefFoundError}; this check fails at start instead, and says why.
 */
final class Requirements {

  private Requirements() {}

  /**
   * What is missing, given the versions found.
   *
   * @param springBoot the Spring Boot version, or null when unknown
   * @param hibernateValidator the Hibernate Validator version, or null when unknown
   * @return the message naming what is needed, or empty when everything is met or unknown
   */
  static Optional<String> unmet(String springBoot, String hibernateValidator) {
    List<String> unmet = new ArrayList<>();
    if (major(springBoot) != -1 && major(springBoot) < 4) {
      unmet.add("Spring Boot 4.x (found " + springBoot + ")");
    }
    if (major(hibernateValidator) != -1 && major(hibernateValidator) < 9) {
      unmet.add("Hibernate Validator 9.x with Jakarta Validation 3.1 (found Hibernate Validator "
          + hibernateValidator + ")");
    }
    if (unmet.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("fazhi-spring-boot-starter needs " + String.join(" and ", unmet)
        + ". Use Spring Boot 4.x, or on Spring Boot 3.x use fazhi-core and fazhi-validation without"
        + " the starter, with org.hibernate.validator:hibernate-validator 9.x and"
        + " jakarta.validation:jakarta.validation-api 3.1 declared in your build.");
  }

  private static int major(String version) {
    if (version == null) {
      return -1;
    }
    int end = 0;
    while (end < version.length() && Character.isDigit(version.charAt(end))) {
      end++;
    }
    return end == 0 ? -1 : Integer.parseInt(version.substring(0, end));
  }
}
