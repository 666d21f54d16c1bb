package dev.fazhi.validation.rules.text;

import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.ReportResidue;
import dev.fazhi.validation.SampleReports;

/** The clean sample report as a file that carried residue beside its text (a Word file, a PDF). */
final class ResidueTesting {

  private ResidueTesting() {}

  /** The clean report, read from a plain text: no residue at all. */
  static Report plain() {
    return SampleReports.clean();
  }

  /** The clean report with what its file carried. */
  static Report carrying(ReportResidue residue) {
    return SampleReports.clean().withResidue(residue);
  }
}
