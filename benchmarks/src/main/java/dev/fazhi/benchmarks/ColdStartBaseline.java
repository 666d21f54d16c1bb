package dev.fazhi.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * The cold-start floor of issue 6: a bare program that bootstraps Hibernate Validator with the
 * standard {@code Validation.buildDefaultValidatorFactory()} and validates one bean with one
 * constraint, then exits. {@code fazhi check} on one report, started as a fresh JVM, is compared with
 * this program started as a fresh JVM (see {@code docs/performance.md}).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.fazhi.benchmarks.ColdStartBaseline
 * </pre>
 */
public final class ColdStartBaseline {

  private ColdStartBaseline() {}

  /**
   * Bootstraps the validator, validates one bean and prints the number of violations (1).
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<Bean>> violations = validator.validate(new Bean(null));
      System.out.println(violations.size() + " violation: " + violations.iterator().next().getMessage());
    }
  }

  /** The one bean: a single {@code @NotNull} field. */
  static final class Bean {
    @NotNull
    private final String title;

    Bean(String title) {
      this.title = title;
    }

    String title() {
      return title;
    }
  }
}
