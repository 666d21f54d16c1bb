package dev.fazhi.benchmarks.gen;

import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Report;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One generated report: its text as published, what went into it (layout, noise, planted faults)
 * and, on request, the model it was written from.
 *
 * <p>The model is what a perfect reader would recover: the title joined, the headings as numbered
 * (faulty numbers included), the paragraphs joined where the text breaks them, the checkable figures
 * with the words they were written as, and the location of each. It lists only the figures the
 * generator wrote on purpose; on-time rates ({@code 按时办结率100%}) are written as text, not figures,
 * because they must not be checked. Instances are immutable.
 */
public final class GeneratedReport {

  private final long index;
  private final Plan plan;
  private final TextRenderer.Rendered rendered;

  GeneratedReport(long index, Plan plan, TextRenderer.Rendered rendered) {
    this.index = index;
    this.plan = plan;
    this.rendered = rendered;
  }

  /**
   * The position of this report in its generator's sequence.
   *
   * @return the index, from 0
   */
  public long getIndex() {
    return index;
  }

  /**
   * The text as it would be published, noise included.
   *
   * @return the text
   */
  public String getText() {
    return rendered.text;
  }

  /**
   * The size of the text in UTF-8, as it would be stored in a file.
   *
   * @return the number of bytes
   */
  public int getUtf8Length() {
    return Utf8.length(rendered.text);
  }

  /**
   * The issuing organ's name, such as {@code 青禾县司法局}.
   *
   * @return the name
   */
  public String getIssuerName() {
    return plan.issuerName;
  }

  /**
   * The year the report is about.
   *
   * @return the year, 2018 to 2025
   */
  public int getReportingYear() {
    return plan.year;
  }

  /**
   * How the top-level sections are arranged.
   *
   * @return the layout
   */
  public Layout getLayout() {
    return plan.layout;
  }

  /**
   * Where the principal leaders' duties are discussed.
   *
   * @return the placement
   */
  public PrincipalPlacement getPrincipalPlacement() {
    return plan.principal;
  }

  /**
   * Whether the report has an OTHER_MATTERS section.
   *
   * @return true when it has one
   */
  public boolean hasOtherMatters() {
    return plan.otherMatters;
  }

  /**
   * The label style of the second heading level, standard ({@code （一）}, or {@code 1.} in a two-level
   * report) or a deviation ({@code 1、}, {@code (一)}, {@code （一）、}, {@code １．}).
   *
   * @return the style
   */
  public NumberingStyle getSecondLevelStyle() {
    return plan.childStyle;
  }

  /**
   * Whether the text ends with a signing date.
   *
   * @return true when it carries a date line
   */
  public boolean isDated() {
    return plan.signedOn != null;
  }

  /**
   * The noise the text carries.
   *
   * @return an unmodifiable set
   */
  public Set<Noise> getNoise() {
    return Collections.unmodifiableSet(EnumSet.copyOf(noiseOrNone()));
  }

  /**
   * The faults planted in the report, each of which a validator should report.
   *
   * @return an unmodifiable set, empty for a clean report
   */
  public Set<Fault> getFaults() {
    return plan.faults.isEmpty() ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(plan.faults));
  }

  /**
   * Builds the model the text was written from, without the source text.
   *
   * @return a new report model
   */
  public Report toReport() {
    return ModelBuilder.build(plan, rendered, false);
  }

  /**
   * Builds the model the text was written from.
   *
   * @param withSourceText whether the model carries the full text, as a reader's would
   * @return a new report model
   */
  public Report toReport(boolean withSourceText) {
    return ModelBuilder.build(plan, rendered, withSourceText);
  }

  private Set<Noise> noiseOrNone() {
    return plan.noise.isEmpty() ? EnumSet.noneOf(Noise.class) : plan.noise;
  }

  /**
   * A short description for test output.
   *
   * @return the index, issuer, year, layout and faults
   */
  @Override
  public String toString() {
    return "GeneratedReport#" + index + "[" + plan.issuerName + " " + plan.year + ", " + plan.layout
        + ", " + plan.principal + ", faults=" + plan.faults + "]";
  }
}
