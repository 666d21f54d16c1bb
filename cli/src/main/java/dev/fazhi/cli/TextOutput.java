package dev.fazhi.cli;

import dev.fazhi.core.model.Issuer;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.PartStatus;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.corpus.RelatedPlace;
import dev.fazhi.validation.corpus.Exclusion;
import dev.fazhi.validation.corpus.SetFinding;
import dev.fazhi.validation.RuleCatalog;
import dev.fazhi.validation.Severity;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --format text}: for a person at a terminal. One block per report (issuer, year, dates,
 * which parts were found), its findings ordered by line, then a closing summary. Colours only when
 * {@link Terminal#colour()} says so.
 */
final class TextOutput implements CheckOutput {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";

  /** How {@link PrintWriter#println()} ends a line. */
  private static final String LINE_END = System.lineSeparator();

  /** The indent of a finding's second and further lines. */
  private static final String INDENT = "    " + " ".repeat(8);

  private final PrintWriter out;
  private final Messages messages;
  private final boolean colour;
  /**
   * Each part's name and each severity's painted, padded column, made on first use: every block names
   * the five parts and every finding its severity, and each lookup joined a key and searched a
   * bundle anew. Texts of fixed messages, the same every time.
   */
  private final Map<Part, String> partNames = new EnumMap<>(Part.class);
  private final Map<Severity, String> severityColumns = new EnumMap<>(Severity.class);
  /** The characters of the block being written, reused from block to block. */
  private char[] chars = new char[4096];

  TextOutput(PrintWriter out, Messages messages, boolean colour) {
    this.out = out;
    this.messages = messages;
    this.colour = colour;
  }

  @Override
  public void begin(int inputs) {
    // nothing before the first block
  }

  @Override
  public void report(Outcome.Checked checked) {
    // The block is put together in one builder and written at once: a println per line went through
    // the writer's lock and its encoder's setup each time (1 % of the command under C1).
    Report report = checked.report();
    StringBuilder block = new StringBuilder(256 + 160 * checked.findings().size());
    line(block, paint(BOLD, checked.input().source()));
    String none = messages.get("text.none");
    line(block.append("  "), messages.format("text.meta",
        report.getIssuer().map(Issuer::getName).orElse(none),
        report.getReportingYear().isPresent() ? Integer.toString(report.getReportingYear().getAsInt()) : none,
        report.getSignedOn().map(LocalDate::toString).orElse(none),
        report.getPublishedOn().map(LocalDate::toString).orElse(none)));
    line(block.append("  "), messages.get("text.parts"));
    // One walk of the sections for all five parts (partStatus(part) walks them once per part).
    Map<Part, PartStatus> statuses = report.partStatuses();
    for (Part part : Part.values()) {
      line(block.append("    "), part(statuses.get(part)));
    }
    if (checked.findings().isEmpty()) {
      line(block.append("  "), paint(GREEN, messages.get("text.no-findings")));
    } else {
      line(block.append("  "), messages.format("text.findings", Integer.toString(checked.findings().size())));
      for (Finding finding : checked.findings()) {
        finding(block, finding);
      }
    }
    line(block, "");
    // Handed over as characters: print(block) made a string of it and the writer a second array of
    // that string, both only to be encoded from (same bytes; the array is kept for the next block).
    int length = block.length();
    if (chars.length < length) {
      chars = new char[Math.max(length, 2 * chars.length)];
    }
    block.getChars(0, length, chars, 0);
    out.write(chars, 0, length);
    out.flush();
  }

  /** Appends a line of the block, ended as {@link PrintWriter#println()} ends it. */
  private static void line(StringBuilder block, String text) {
    block.append(text).append(LINE_END);
  }

  /** A part's name in the output's language. */
  private String partName(Part part) {
    String name = partNames.get(part);
    if (name == null) {
      name = RuleCatalog.partName(part, messages.locale());
      partNames.put(part, name);
    }
    return name;
  }

  /** A severity's column of a finding's first line: its name, padded and painted. */
  private String severityColumn(Severity severity) {
    String column = severityColumns.get(severity);
    if (column == null) {
      column = paint(colourOf(severity), pad(messages.get("severity." + severity.name()), 9));
      severityColumns.put(severity, column);
    }
    return column;
  }

  private String part(PartStatus status) {
    String name = partName(status.getPart());
    Integer at = status.location().map(SourceLocation::getLine).orElse(null);
    if (status.hasSection()) {
      return paint(GREEN, "✓") + " " + name + "  "
          + dim(quoted(status.getFirstSection().get().getHeading().fullText()) + line(at));
    }
    if (status.isEmbedded()) {
      return paint(YELLOW, "~") + " " + name + "  " + dim(messages.format("text.part-embedded",
          partName(status.getEmbedded().get().getEmbeddedIn()))
          + line(at));
    }
    boolean required = status.getPart().isRequired();
    return (required ? paint(RED, "✗") : dim("–")) + " " + name + "  "
        + dim(messages.get(required ? "text.part-missing" : "text.part-absent"));
  }

  private String line(Integer line) {
    return line == null ? "" : messages.format("text.at-line", Integer.toString(line));
  }

  private void finding(StringBuilder block, Finding finding) {
    Optional<SourceLocation> location = finding.getLocation();
    // Where it stands (line:column, or -), padded to eight columns as pad() pads, written straight into
    // the block: ASCII only, so one column per character.
    int start = block.append("    ").length();
    if (location.isPresent()) {
      block.append(location.get().getLine()).append(':').append(location.get().getColumn());
    } else {
      block.append('-');
    }
    for (int spaces = spacesAfter(block.length() - start, 8); spaces > 0; spaces--) {
      block.append(' ');
    }
    line(block.append(severityColumn(finding.getSeverity())), finding.getRule());
    line(block.append(INDENT), finding.getMessage());
    StringBuilder context = new StringBuilder();
    finding.getPart().filter(p -> finding.getSection().isEmpty())
        .ifPresent(p -> context.append(partName(p)));
    finding.getSection().ifPresent(context::append);
    // A heading quoted under its own heading path says the same thing twice.
    finding.getQuote().filter(quote -> !finding.getSection().filter(s -> s.endsWith(quote)).isPresent())
        .ifPresent(quote -> {
      if (context.length() > 0) {
        context.append("  ");
      }
      context.append(quoted(quote));
    });
    if (context.length() > 0) {
      line(block.append(INDENT), dim(context.toString()));
    }
    RelatedPlace.of(finding).ifPresent(related -> line(block.append(INDENT),
        dim(messages.format("text.related", related.source(), Integer.toString(related.line()),
            related.quote()).strip())));
  }

  @Override
  public void corpus(List<SetFinding> findings, List<Exclusion> exclusions) {
    if (!findings.isEmpty()) {
      out.println(paint(BOLD, messages.format("text.set-findings", Integer.toString(findings.size()))));
      for (SetFinding setFinding : findings) {
        Finding finding = setFinding.finding();
        out.println("  " + paint(colourOf(finding.getSeverity()),
            messages.get("severity." + finding.getSeverity().name())) + " " + finding.getRule() + "  "
            + setFinding.issuer() + " " + setFinding.reportingYear() + ": " + finding.getMessage());
      }
      out.println();
    }
    excluded(exclusions, Exclusion.Reason.UNKNOWN_ISSUER, "text.excluded-issuer");
    excluded(exclusions, Exclusion.Reason.UNKNOWN_YEAR, "text.excluded-year");
    out.flush();
  }

  private void excluded(List<Exclusion> exclusions, Exclusion.Reason reason, String key) {
    List<String> sources = exclusions.stream().filter(e -> e.reason() == reason).map(Exclusion::source).toList();
    if (!sources.isEmpty()) {
      out.println(messages.format(key, Integer.toString(sources.size()), String.join(", ", sources)));
    }
  }

  @Override
  public void error(Outcome.Failed failed) {
    out.println(paint(BOLD, failed.input().source()));
    out.println("  " + paint(RED, messages.format("text.cannot-check", failed.message())));
    out.println();
    out.flush();
  }

  @Override
  public void end(Summary summary) {
    out.println(paint(BOLD, messages.format("text.summary",
        Integer.toString(summary.reports()),
        Integer.toString(summary.findings(Severity.ERROR)),
        Integer.toString(summary.findings(Severity.WARNING)),
        Integer.toString(summary.findings(Severity.INFO)))));
    if (summary.errors() > 0) {
      out.println(paint(RED, messages.format("text.summary-errors", Integer.toString(summary.errors()))));
    }
    String verdict;
    if (summary.exitStatus() == ExitStatus.FINDINGS) {
      verdict = messages.format("text.verdict-fail", Integer.toString(summary.failingReports()),
          messages.get("severity." + summary.failOn().threshold().orElseThrow().name()));
    } else if (summary.exitStatus() == ExitStatus.OK) {
      verdict = summary.failOn() == FailOn.NEVER
          ? messages.get("text.verdict-never")
          : messages.format("text.verdict-pass",
              messages.get("severity." + summary.failOn().threshold().orElseThrow().name()));
    } else {
      verdict = messages.get("text.verdict-errors");
    }
    out.println(verdict);
    out.flush();
  }

  private String quoted(String text) {
    return messages.format("text.quote", text);
  }

  private static String colourOf(Severity severity) {
    switch (severity) {
      case ERROR:
        return RED;
      case WARNING:
        return YELLOW;
      default:
        return CYAN;
    }
  }

  private static String pad(String text, int columns) {
    return text + " ".repeat(spacesAfter(Progress.columns(text), columns));
  }

  /**
   * How many spaces follow a text in a column: up to the column's width, and at least one.
   *
   * @param width the text's width in terminal columns
   * @param columns the column's width
   * @return the spaces after it
   */
  private static int spacesAfter(int width, int columns) {
    return width >= columns ? 1 : columns - width;
  }

  private String dim(String text) {
    return paint(DIM, text);
  }

  private String paint(String code, String text) {
    return colour ? code + text + RESET : text;
  }
}
