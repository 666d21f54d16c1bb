package dev.fazhi.spring;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fails the start of an application whose Spring Boot or Hibernate Validator is too old for the
 * starter, with a message that names the versions it needs ({@link Requirements}), before anything of
 * the library is loaded. Registered in {@code META-INF/spring.factories}, which Spring Boot 3 reads too.
 */
public final class RequirementsCheck
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** Created by Spring Boot. */
  public RequirementsCheck() {}

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    Requirements.unmet(versionOf("org.springframework.boot.SpringBootVersion"),
            versionOf("org.hibernate.validator.HibernateValidator"))
        .ifPresent(message -> {
          throw new IllegalStateException(message);
        });
  }

  /** The Implementation-Version of the jar holding a class, or null when absent or unknown. */
  private static String versionOf(String className) {
    try {
      Package p = Class.forName(className, false, RequirementsCheck.class.getClassLoader()).getPackage();
      return p == null ? null : p.getImplementationVersion();
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }
}
