package dev.fazhi.cli;

import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.RuleCatalog;
import dev.fazhi.validation.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The html page of one report: its metadata, the five parts, the checkable figures with their
 * arithmetic, the report as read with each finding marked at its place, and the findings in line
 * order, each linking to its mark. Every text from the report is escaped ({@link Html}).
 */
final class HtmlReportPage {

  private final PageMessages words;
  private final HtmlAssets assets;

  /**
   * A page writer.
   *
   * @param words the page's words
   * @param assets the style and script, linked (a site) or inlined (a page on its own)
   */
  HtmlReportPage(PageMessages words, HtmlAssets assets) {
    this.words = words;
    this.assets = assets;
  }

  /**
   * Writes the page.
   *
   * @param checked the report and its findings
   * @param view what the dashboard shows of it
   * @param dashboard the link back to the dashboard, or null for a page on its own
   * @param out where the page goes
   * @throws IOException if writing fails
   */
  void write(Outcome.Checked checked, ReportView view, String dashboard, Writer out) throws IOException {
    Report report = checked.report();
    StringBuilder html = new StringBuilder(16_384);
    String heading = heading(view);
    HtmlPageFrame.open(html, words, heading + " · fazhi", "report-page", assets);
    html.append("<header class=\"page-head\">");
    if (dashboard != null) {
      html.append("<nav><a class=\"back\" href=\"").append(Html.escape(dashboard)).append("\">← ")
          .append(Html.escape(words.get("report.back"))).append("</a></nav>");
    }
    html.append("<h1>").append(Html.escape(heading)).append("</h1>");
    html.append("<p class=\"source\">").append(Html.escape(view.source())).append("</p></header>\n<main>");
    html.append("<section class=\"summary\">");
    metadata(view, html);
    counts(view, html);
    parts(view, html);
    figures(report, html);
    html.append("</section>\n");
    List<Finding> ordered = new ArrayList<>(checked.findings());
    ordered.sort(Comparator.comparing((Finding f) -> f.getLocation().orElse(null),
        Comparator.nullsFirst(Comparator.<SourceLocation>naturalOrder())));
    List<DocumentBlock> blocks = DocumentView.of(report);
    Map<Integer, List<Highlighter.Placed>> placed = place(ordered, blocks);
    html.append("<div class=\"columns\">");
    document(blocks, placed, html);
    findings(ordered, placed, html);
    html.append("</div></main>\n");
    HtmlPageFrame.close(html, assets, HtmlAssets.REPORT_SCRIPT);
    out.write(html.toString());
  }

  /** The page's heading: issuer and year, else the file's name. */
  String heading(ReportView view) {
    if (view.issuer() != null) {
      return view.year() == null ? view.issuer() : words.format("report.heading", view.issuer(),
          Integer.toString(view.year()));
    }
    return view.source();
  }

  private void metadata(ReportView view, StringBuilder html) {
    String none = words.get("none");
    html.append("<dl class=\"meta\">");
    item(html, "meta.issuer", view.issuer() == null ? none : view.issuer());
    item(html, "meta.year", view.year() == null ? none : Integer.toString(view.year()));
    item(html, "meta.format", view.format());
    item(html, "meta.signed", view.signedOn() == null ? none : view.signedOn().toString());
    item(html, "meta.published", view.publishedOn() == null ? none : view.publishedOn().toString());
    item(html, "meta.deadline", view.deadline() == null ? none : view.deadline().toString());
    String timeliness;
    String css;
    if (view.daysLate() == null) {
      timeliness = words.get("meta.timeliness-unknown");
      css = "unknown";
    } else if (view.daysLate() == 0) {
      timeliness = words.get("meta.on-time");
      css = "ok";
    } else {
      timeliness = words.format("meta.days-late", view.daysLate());
      css = "late";
    }
    html.append("<dt>").append(Html.escape(words.get("meta.timeliness"))).append("</dt><dd class=\"")
        .append(css).append("\">").append(Html.escape(timeliness)).append("</dd></dl>");
  }

  private void item(StringBuilder html, String key, String value) {
    html.append("<dt>").append(Html.escape(words.get(key))).append("</dt><dd>").append(Html.escape(value))
        .append("</dd>");
  }

  private void counts(ReportView view, StringBuilder html) {
    html.append("<p class=\"counts\">");
    for (Severity severity : Severity.values()) {
      html.append("<span class=\"count sev-").append(severity.name().toLowerCase(Locale.ROOT)).append("\">")
          .append(view.count(severity)).append(' ')
          .append(Html.escape(words.messages().get("severity." + severity.name()))).append("</span> ");
    }
    html.append("</p>");
  }

  private void parts(ReportView view, StringBuilder html) {
    Locale locale = words.locale();
    html.append("<h2>").append(Html.escape(words.get("parts.title"))).append("</h2><table class=\"parts\"><tbody>");
    for (PartPresence presence : view.parts()) {
      String mark = ReportView.mark(presence);
      String where;
      if (presence.hasSection()) {
        where = words.format("parts.section", presence.heading());
      } else if (presence.isEmbedded()) {
        where = words.format("parts.embedded", RuleCatalog.partName(presence.embeddedIn(), locale));
      } else {
        where = words.get(presence.part().isRequired() ? "parts.missing" : "parts.absent");
      }
      html.append("<tr class=\"part part-").append(cssOf(mark)).append("\"><td class=\"mark\">").append(mark)
          .append("</td><td>").append(Html.escape(RuleCatalog.partName(presence.part(), locale)))
          .append("</td><td>");
      if (presence.line() != null) {
        html.append("<a href=\"#L").append(presence.line()).append("\">")
            .append(Html.escape(words.format("line", Integer.toString(presence.line())))).append("</a> ");
      }
      html.append(Html.escape(where)).append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  static String cssOf(String mark) {
    switch (mark) {
      case "✓":
        return "found";
      case "~":
        return "embedded";
      case "✗":
        return "missing";
      default:
        return "absent";
    }
  }

  private void figures(Report report, StringBuilder html) {
    StringBuilder rows = new StringBuilder();
    for (Figure figure : report.allFigures()) {
      Optional<FigureArithmetic> arithmetic = FigureArithmetic.of(figure);
      if (arithmetic.isEmpty()) {
        continue;
      }
      Integer line = figure.getLocation().map(SourceLocation::getLine).orElse(null);
      rows.append("<tr class=\"").append(arithmetic.get().agrees() ? "agrees" : "disagrees").append("\"><td>");
      if (line != null) {
        rows.append("<a href=\"#L").append(line).append("\">").append(line).append("</a>");
      }
      rows.append("</td><td>").append(Html.escape(figure.getQuote().orElse(figure.getSubject())))
          .append("</td><td class=\"arithmetic\">").append(Html.escape(arithmetic.get().text()))
          .append("</td></tr>");
    }
    html.append("<h2>").append(Html.escape(words.get("figures.title"))).append("</h2>");
    if (rows.length() == 0) {
      html.append("<p class=\"empty\">").append(Html.escape(words.get("figures.none"))).append("</p>");
    } else {
      html.append("<table class=\"figures\"><thead><tr><th>").append(Html.escape(words.get("column.line")))
          .append("</th><th>").append(Html.escape(words.get("figures.quote"))).append("</th><th>")
          .append(Html.escape(words.get("figures.arithmetic"))).append("</th></tr></thead><tbody>")
          .append(rows).append("</tbody></table>");
    }
  }

  /** Puts each finding in the block it stands in: the one holding its line (or the last before it). */
  private static Map<Integer, List<Highlighter.Placed>> place(List<Finding> ordered, List<DocumentBlock> blocks) {
    TreeMap<Integer, Integer> byLine = new TreeMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      Integer line = blocks.get(i).line();
      if (line != null) {
        byLine.putIfAbsent(line, i);
      }
    }
    Map<Integer, List<Highlighter.Placed>> placed = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      Finding finding = ordered.get(i);
      Integer block = null;
      if (finding.getLocation().isPresent()) {
        Map.Entry<Integer, Integer> floor = byLine.floorEntry(finding.getLocation().get().getLine());
        block = floor == null ? null : floor.getValue();
      } else if (finding.getQuote().filter(q -> !q.isEmpty()).isPresent()) {
        block = holding(blocks, finding.getQuote().get());
      }
      if (block != null) {
        placed.computeIfAbsent(block, b -> new ArrayList<>()).add(new Highlighter.Placed(id(i), finding));
      }
    }
    return placed;
  }

  private static Integer holding(List<DocumentBlock> blocks, String quote) {
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).text().contains(quote)) {
        return i;
      }
    }
    return null;
  }

  private static String id(int index) {
    return "f" + (index + 1);
  }

  private void document(List<DocumentBlock> blocks, Map<Integer, List<Highlighter.Placed>> placed,
      StringBuilder html) {
    html.append("<article class=\"document\"><h2>").append(Html.escape(words.get("document.title")))
        .append("</h2>");
    Integer page = null;
    for (int i = 0; i < blocks.size(); i++) {
      DocumentBlock block = blocks.get(i);
      if (block.page() != null && !block.page().equals(page)) {
        page = block.page();
        html.append("<div class=\"page-break\" id=\"P").append(page).append("\">")
            .append(Html.escape(words.format("page", Integer.toString(page)))).append("</div>");
      }
      html.append("<div class=\"block").append(block.heading() ? " heading" : "").append('"');
      if (block.line() != null) {
        html.append(" id=\"L").append(block.line()).append('"');
      }
      html.append("><span class=\"ln\">").append(block.line() == null ? "" : block.line().toString())
          .append("</span><p>")
          .append(Highlighter.html(block, placed.getOrDefault(i, List.of()), words.messages()))
          .append("</p></div>\n");
    }
    html.append("</article>");
  }

  private void findings(List<Finding> ordered, Map<Integer, List<Highlighter.Placed>> placed, StringBuilder html) {
    java.util.Set<String> marked = new java.util.HashSet<>();
    placed.values().forEach(list -> list.forEach(p -> marked.add(p.id())));
    html.append("<aside class=\"findings\"><h2>")
        .append(Html.escape(words.format("findings.title", ordered.size()))).append("</h2>");
    if (ordered.isEmpty()) {
      html.append("<p class=\"empty\">").append(Html.escape(words.get("findings.none"))).append("</p>");
    }
    html.append("<ol class=\"finding-list\">");
    for (int i = 0; i < ordered.size(); i++) {
      Finding finding = ordered.get(i);
      String id = id(i);
      String severity = finding.getSeverity().name();
      html.append("<li class=\"sev-").append(severity.toLowerCase(Locale.ROOT)).append("\" data-rule=\"")
          .append(Html.escape(finding.getRule())).append("\">");
      String where = finding.getLocation()
          .map(l -> words.format("line-column", Integer.toString(l.getLine()), Integer.toString(l.getColumn())))
          .orElse(words.get("findings.whole-report"));
      if (marked.contains(id)) {
        html.append("<a class=\"goto\" href=\"#").append(id).append("\" data-target=\"").append(id).append("\">")
            .append(Html.escape(where)).append("</a>");
      } else {
        html.append("<span class=\"goto\">").append(Html.escape(where)).append("</span>");
      }
      html.append(" <span class=\"severity\">")
          .append(Html.escape(words.messages().get("severity." + severity))).append("</span> <code>")
          .append(Html.escape(finding.getRule())).append("</code><div class=\"message\">")
          .append(Html.escape(finding.getMessage())).append("</div>");
      Optional<String> context = finding.getSection().or(() -> finding.getPart()
          .map(p -> RuleCatalog.partName(p, words.locale())));
      if (context.isPresent()) {
        html.append("<div class=\"context\">").append(Html.escape(context.get())).append("</div>");
      }
      html.append("</li>");
    }
    html.append("</ol></aside>");
  }
}
