package dev.fazhi.validation.internal;

import dev.fazhi.core.model.Report;
import dev.fazhi.validation.Finding;
import java.util.List;

/**
 * The Hibernate Validator bootstrap of one validator, and the validation pass.
 */
public final class Engine {

  private final RuleProfile profile;

  private Engine(RuleProfile profile) {
    this.profile = profile;
  }

  /**
   * Bootstraps Hibernate Validator for a profile; the expensive step.
   *
   * @param profile the profile
   * @return the engine
   */
  public static Engine bootstrap(RuleProfile profile) {
    return new Engine(profile);
  }

  /**
   * Runs every enabled rule over a report in one Jakarta Validation pass.
   *
   * @param report the report
   * @return the findings, unsorted
   */
  public List<Finding> validate(Report report) {
    // TODO: run Hibernate Validator with the profile as constraint validator payload.
    return List.of();
  }

  /**
   * The profile.
   *
   * @return the profile
   */
  public RuleProfile getProfile() {
    return profile;
  }
}
