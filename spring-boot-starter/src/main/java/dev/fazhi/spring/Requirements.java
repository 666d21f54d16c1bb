package dev.fazhi.spring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The versions the starter needs, and the message that names them when they are not met: Spring Boot
 * 4, and Hibernate Validator 9 (on Jakarta Validation 3.1), which runs {@code @Valid} on reports.
 * Spring Boot 3.5 resolves Hibernate Validator 8 and Jakarta Validation 3.0, under which the
 * application would fail later and obscurely; this check fails at start instead, and says what to
 * change.
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
    boolean bootThree = isBefore(springBoot, 4, 0);
    if (bootThree) {
      unmet.add("Spring Boot 4.x (found " + springBoot + ")");
    }
    if (isBefore(hibernateValidator, 9, 0)) {
      unmet.add("Hibernate Validator 9.x, on Jakarta Validation 3.1 (found Hibernate Validator "
          + hibernateValidator + ")");
    }
    if (unmet.isEmpty()) {
      return Optional.empty();
    }
    String advice = bootThree
        ? " On Spring Boot 3.x use fazhi-core and fazhi-validation without the starter, with"
            + " org.hibernate.validator:hibernate-validator 9.x and jakarta.validation:jakarta.validation-api"
            + " 3.1 declared in your build."
        : " Set the build property hibernate-validator.version to a 9.x version (Maven: <properties>;"
            + " Gradle: ext['hibernate-validator.version']).";
    return Optional.of("fazhi-spring-boot-starter needs " + String.join(" and ", unmet) + "." + advice);
  }

  /** Whether a version is known and older than major.minor. */
  private static boolean isBefore(String version, int major, int minor) {
    int[] parts = majorMinor(version);
    if (parts == null) {
      return false;
    }
    return parts[0] < major || (parts[0] == major && parts[1] < minor);
  }

  private static int[] majorMinor(String version) {
    if (version == null) {
      return null;
    }
    String[] pieces = version.split("[.]", 3);
    try {
      int major = Integer.parseInt(pieces[0]);
      int minor = pieces.length > 1 ? Integer.parseInt(pieces[1].replaceAll("\\D.*", "")) : 0;
      return new int[] {major, minor};
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
