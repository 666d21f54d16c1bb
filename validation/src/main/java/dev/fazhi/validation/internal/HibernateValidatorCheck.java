package dev.fazhi.validation.internal;

/**
 * Fails fast, with the versions needed, when the Hibernate Validator on the class path is older than
 * 9.1: the rules escape report text in messages with its {@code MessageParameterEscaping} (new in
 * 9.1), so an older one (Spring Boot 4.0 manages 9.0, Spring Boot 3.5 8.0) would otherwise end in a
 * {@code NoClassDefFoundError} at the first finding.
 */
public final class HibernateValidatorCheck {

  private static final String NEEDED = "org.hibernate.validator.messageinterpolation.MessageParameterEscaping";

  private HibernateValidatorCheck() {}

  /**
   * Checks the Hibernate Validator on the class path.
   *
   * @throws IllegalStateException naming the version found and the one needed, when it is too old
   */
  public static void requireSupported() {
    try {
      Class.forName(NEEDED, false, HibernateValidatorCheck.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      Package hv = org.hibernate.validator.HibernateValidator.class.getPackage();
      String found = hv == null || hv.getImplementationVersion() == null
          ? "an older version" : hv.getImplementationVersion();
      throw new IllegalStateException("fazhi-validation needs Hibernate Validator 9.1 or later, on"
          + " Jakarta Validation 3.1; found " + found + ". Declare"
          + " org.hibernate.validator:hibernate-validator 9.1.6.Final in your build (on Spring Boot 4.0:"
          + " set the property hibernate-validator.version to 9.1.6.Final).", e);
    }
  }
}
