package dev.fazhi.cli.html;

import dev.fazhi.cli.result.PageWords;
import dev.fazhi.cli.result.ReportView;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.PartStatus;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.RuleCatalog;
import dev.fazhi.validation.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * The top of a report's page: its metadata (on time or how many days late), its findings counted by
 * severity, the five parts with where each is found, and the checkable figures with their arithmetic.
 */
final class HtmlReportSummary {

  private final PageWords words;

  HtmlReportSummary(PageWords words) {
    this.words = words;
  }

  /**
   * Writes the summary.
   *
   * @param report the report
   * @param view what the dashboard shows of it
   * @param html where the html goes
   */
  void write(Report report, ReportView view, StringBuilder html) {
    html.append("<section class=\"summary\">");
    metadata(view, html);
    counts(view, html);
    parts(view, html);
    figures(report, html);
    html.append("</section>\n");
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
          .append(Html.escape(words.severity(severity))).append("</span> ");
    }
    html.append("</p>");
  }

  private void parts(ReportView view, StringBuilder html) {
    Locale locale = words.locale();
    html.append("<h2>").append(Html.escape(words.get("parts.title"))).append("</h2><table class=\"parts\"><tbody>");
    for (PartStatus presence : view.parts()) {
      String mark = ReportView.mark(presence);
      String where;
      if (presence.hasSection()) {
        where = words.format("parts.section", presence.getFirstSection().get().getHeading().fullText());
      } else if (presence.isEmbedded()) {
        where = words.format("parts.embedded", RuleCatalog.partName(presence.getEmbedded().get().getEmbeddedIn(), locale));
      } else {
        where = words.get(presence.getPart().isRequired() ? "parts.missing" : "parts.absent");
      }
      html.append("<tr class=\"part part-").append(cssOf(mark)).append("\"><td class=\"mark\">").append(mark)
          .append("</td><td>").append(Html.escape(RuleCatalog.partName(presence.getPart(), locale)))
          .append("</td><td>");
      Integer line = presence.location().map(SourceLocation::getLine).orElse(null);
      if (line != null) {
        html.append("<a href=\"#L").append(line).append("\">")
            .append(Html.escape(words.format("line", Integer.toString(line)))).append("</a> ");
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
}
