package dev.fazhi.validation.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Renders what the checks keep of a report, and what they find, as text that two ways of reading can be
 * compared by: every field of a digest, every field of a finding.
 */
final class DigestSameness {

  private DigestSameness() {}

  /**
   * Every field of a digest that a check reads.
   *
   * @param d the digest, fingerprinted or not
   * @return one line
   */
  static String describe(ReportDigest d) {
    return String.join(" | ", d.source, String.valueOf(d.role), String.valueOf(d.issuer),
        d.organ == null ? "-" : d.organ.key(), Integer.toString(d.year), d.title, Long.toString(d.textHash),
        Integer.toString(d.keptChars), d.sketch == null ? "-" : new String(d.sketch),
        Integer.toString(d.passageCount), passages(d),
        Arrays.toString(d.distinctShingles), Integer.toString(d.figures.hashCode()),
        Integer.toString(d.figures.size()), d.claims.toString());
  }

  /** Every passage kept: raw (line, length, quote, shingles) until fingerprinted, then packed. */
  private static String passages(ReportDigest d) {
    if (d.raw != null) {
      return "raw " + Arrays.toString(d.raw.lines) + " " + Arrays.toString(d.raw.chars) + " "
          + Arrays.toString(d.raw.quotes) + " " + Arrays.deepToString(d.raw.shingles);
    }
    StringBuilder out = new StringBuilder();
    for (int p = 0; p < d.passageCount; p++) {
      out.append('[').append(d.passageLine(p)).append(' ').append(d.passageChars(p)).append(' ')
          .append(d.passageQuote(p)).append(' ').append(Arrays.toString(d.passagePrints(p))).append(']');
    }
    return out.toString();
  }

  /**
   * Whether two digests keep the same figures (the table has no text form).
   *
   * @param a a digest
   * @param b another
   * @return true when equal
   */
  static boolean sameFigures(ReportDigest a, ReportDigest b) {
    return a.figures.equals(b.figures);
  }

  /**
   * Every finding of a result, with every field: report, rule, severity, place, message, related
   * place; then the set findings and the reports left out.
   *
   * @param result the result
   * @return one line per finding
   */
  static List<String> findings(CorpusResult result) {
    List<String> out = new ArrayList<>();
    result.byReport().keySet().stream().sorted().forEach(source -> result.findingsFor(source).forEach(f ->
        out.add(source + " " + f.finding().getRule() + " " + f.finding().getSeverity() + " "
            + f.finding().getLocation().map(l -> l.getLine() + ":" + l.getColumn()).orElse("-") + " "
            + f.finding().getMessage() + " -> " + f.related().map(r -> r.source() + ":" + r.line() + " "
            + r.quote()).orElse("-"))));
    result.setFindings().forEach(f -> out.add("set " + f.finding().getRule() + " " + f.issuer() + " "
        + f.reportingYear() + " " + f.finding().getMessage()));
    result.exclusions().forEach(e -> out.add("left out " + e.source() + " " + e.reason()));
    out.add("checked " + result.checkedCount() + ", history " + result.historyCount());
    return out;
  }
}
