package dev.fazhi.validation.internal;

import dev.fazhi.validation.Finding;
import jakarta.validation.ConstraintViolation;
import java.util.Optional;

/** Turns constraint violations raised by the Fazhi constraints into findings. */
public final class ViolationFindings {

  private ViolationFindings() {}

  /**
   * Reads the finding a violation stands for.
   *
   * @param violation the violation
   * @return the finding, or empty when the violation carries no Fazhi payload
   */
  public static Optional<Finding> toFinding(ConstraintViolation<?> violation) {
    // TODO: read the dynamic payload and resolve the section path.
    return Optional.empty();
  }
}
