package dev.fazhi.validation.corpus;

import dev.fazhi.validation.Finding;
import java.util.Objects;

/**
 * A finding that belongs to no report checked, such as a roster issuer with no report for a year.
 *
 * @param issuer the issuer, as the roster lists it
 * @param reportingYear the year
 * @param finding the finding
 */
public record SetFinding(String issuer, int reportingYear, Finding finding) {

  /**
   * Checks the fields.
   *
   * @param issuer see the record
   * @param reportingYear see the record
   * @param finding see the record
   */
  public SetFinding {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(finding, "finding");
  }
}
