package dev.fazhi.cli.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.fazhi.cli.result.PageWords;
import dev.fazhi.cli.result.ResultSettings;
import dev.fazhi.core.model.Part;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.corpus.Exclusion;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code index.html}: the dashboard over every report of a run. The page holds the table's frame, the
 * chart boxes, the files that could not be checked and the data as JSON; its script
 * ({@code dashboard.js}) fills the table a page of rows at a time, sorts and filters it, and draws the
 * charts with ECharts. All of it offline: the scripts are in the site's {@code assets/}.
 */
final class HtmlDashboard {

  /** The table's columns: data key, sort type, label key. */
  private static final List<String[]> COLUMNS = List.of(
      new String[] {"i", "text", "column.issuer"},
      new String[] {"y", "number", "column.year"},
      new String[] {"f", "text", "column.format"},
      new String[] {"sg", "text", "column.signed"},
      new String[] {"p", "text", "column.published"},
      new String[] {"l", "number", "column.days-late"},
      new String[] {"pt0", "text", "part.short.MEASURES_AND_RESULTS"},
      new String[] {"pt1", "text", "part.short.SHORTCOMINGS_AND_CAUSES"},
      new String[] {"pt2", "text", "part.short.PRINCIPAL_RESPONSIBILITY"},
      new String[] {"pt3", "text", "part.short.NEXT_YEAR_PLAN"},
      new String[] {"pt4", "text", "part.short.OTHER_MATTERS"},
      new String[] {"e", "number", "column.errors"},
      new String[] {"w", "number", "column.warnings"},
      new String[] {"n", "number", "column.infos"},
      new String[] {"du", "text", "column.duplicate-of"},
      new String[] {"ru", "number", "column.reused"});

  /** Words the script needs, by key. */
  private static final List<String> SCRIPT_WORDS = List.of("chart.rules", "chart.dates", "chart.parts",
      "chart.errors", "chart.reports", "chart.days", "chart.deadline", "chart.early", "chart.late",
      "chart.found", "chart.embedded", "chart.missing", "chart.absent", "chart.no-date", "pager.page",
      "filter.shown", "none", "column.errors");

  private final ResultSettings settings;
  private final PageWords words;
  private final HtmlAssets assets;

  HtmlDashboard(ResultSettings settings, HtmlAssets assets) {
    this.settings = settings;
    this.words = settings.words();
    this.assets = assets;
  }

  void write(DashboardData data, Writer out) throws IOException {
    StringBuilder html = new StringBuilder(4096);
    String title = words.get("dashboard.title");
    HtmlPageFrame.open(html, settings, title + " · fazhi", "dashboard", assets);
    html.append("<header class=\"page-head\"><h1>").append(Html.escape(title)).append("</h1>")
        .append("<p class=\"totals\" id=\"totals\">")
        .append(Html.escape(words.format("dashboard.totals", data.size(), data.failures().size())))
        .append("</p>")
        .append("<noscript><p>").append(Html.escape(words.get("dashboard.noscript"))).append("</p></noscript>")
        .append("</header>\n<main>\n<section class=\"charts\">");
    for (String chart : List.of("rules", "dates", "parts", "errors")) {
      html.append("<figure class=\"chart-box\"><figcaption>").append(Html.escape(words.get("chart." + chart)))
          .append("</figcaption><div class=\"chart\" id=\"chart-").append(chart).append("\"></div></figure>");
    }
    html.append("</section>\n<section class=\"table-section\"><h2>")
        .append(Html.escape(words.get("dashboard.reports"))).append("</h2>");
    controls(html);
    html.append("<div class=\"table-wrap\"><table id=\"reports\" class=\"reports\"><thead><tr>");
    for (String[] column : COLUMNS) {
      html.append("<th scope=\"col\" data-key=\"").append(column[0]).append("\" data-type=\"").append(column[1])
          .append("\" tabindex=\"0\" aria-sort=\"none\">").append(Html.escape(words.get(column[2])))
          .append("</th>");
    }
    html.append("</tr></thead><tbody></tbody></table></div>")
        .append("<nav class=\"pager\"><button type=\"button\" id=\"prev\">‹</button> <span id=\"page-info\"></span>")
        .append(" <button type=\"button\" id=\"next\">›</button></nav></section>\n");
    corpus(data, html);
    failures(data.failures(), html);
    html.append("<footer class=\"notice\">").append(Html.escape(words.get("dashboard.notice")))
        .append(" <a href=\"assets/ECHARTS-LICENSE.txt\">LICENSE</a> · <a href=\"assets/ECHARTS-NOTICE.txt\">NOTICE</a>")
        .append("</footer></main>\n");
    html.append("<script type=\"application/json\" id=\"fazhi-data\">");
    out.write(html.toString());
    out.write(Html.scriptSafe(data.json()));
    html.setLength(0);
    html.append("</script>\n<script type=\"application/json\" id=\"fazhi-words\">")
        .append(Html.scriptSafe(scriptWords())).append("</script>\n");
    assets.script(html, HtmlAssets.ECHARTS);
    HtmlPageFrame.close(html, assets, HtmlAssets.DASHBOARD_SCRIPT);
    out.write(html.toString());
  }

  private void controls(StringBuilder html) {
    html.append("<div class=\"controls\"><label>").append(Html.escape(words.get("filter.label")))
        .append(" <input type=\"search\" id=\"filter\" placeholder=\"")
        .append(Html.escape(words.get("filter.placeholder"))).append("\"></label> <label>")
        .append(Html.escape(words.get("filter.show"))).append(" <select id=\"show\">");
    for (String choice : List.of("all", "errors", "late", "missing", "copied")) {
      html.append("<option value=\"").append(choice).append("\">")
          .append(Html.escape(words.get("filter.show." + choice))).append("</option>");
    }
    html.append("</select></label> <label>").append(Html.escape(words.get("pager.size")))
        .append(" <select id=\"page-size\"><option value=\"50\">50</option>")
        .append("<option value=\"100\" selected>100</option><option value=\"500\">500</option>")
        .append("<option value=\"0\">").append(Html.escape(words.get("pager.all"))).append("</option></select></label>")
        .append(" <span id=\"shown\" class=\"shown\"></span></div>");
  }

  /**
   * What the corpus checks found across the reports, when they ran: the counts, the issuers of the
   * roster with no report, and the reports left out of the checks for lack of an issuer or year. The
   * duplicates and the shares of reused text stand in the table's last columns.
   */
  private void corpus(DashboardData data, StringBuilder html) {
    if (!data.corpusRan()) {
      return;
    }
    List<DashboardData.Missing> missing = data.missing();
    html.append("<section class=\"corpus\" id=\"corpus\"><h2>").append(Html.escape(words.get("corpus.title")))
        .append("</h2><p class=\"corpus-totals\" id=\"corpus-totals\">")
        .append(Html.escape(words.format("corpus.totals", missing.size(), data.duplicates(), data.reused())))
        .append("</p><h3>").append(Html.escape(words.format("corpus.missing", missing.size()))).append("</h3>");
    if (missing.isEmpty()) {
      html.append("<p class=\"empty\">").append(Html.escape(words.get("corpus.no-missing"))).append("</p>");
    } else {
      html.append("<table class=\"missing\" id=\"missing\"><thead><tr><th>")
          .append(Html.escape(words.get("column.issuer"))).append("</th><th>")
          .append(Html.escape(words.get("column.year"))).append("</th><th>")
          .append(Html.escape(words.get("column.message"))).append("</th></tr></thead><tbody>");
      for (DashboardData.Missing issuer : missing) {
        html.append("<tr><td>").append(Html.escape(issuer.issuer())).append("</td><td class=\"num\">")
            .append(issuer.year()).append("</td><td>").append(Html.escape(issuer.message())).append("</td></tr>");
      }
      html.append("</tbody></table>");
    }
    List<Exclusion> left = data.exclusions();
    if (!left.isEmpty()) {
      html.append("<h3>").append(Html.escape(words.format("corpus.excluded", left.size())))
          .append("</h3><table class=\"excluded\" id=\"excluded\"><thead><tr><th>")
          .append(Html.escape(words.get("column.file"))).append("</th><th>")
          .append(Html.escape(words.get("column.reason"))).append("</th></tr></thead><tbody>");
      for (Exclusion exclusion : left) {
        html.append("<tr><td>").append(Html.escape(exclusion.source())).append("</td><td>")
            .append(Html.escape(words.get("exclusion." + exclusion.reason().name()))).append("</td></tr>");
      }
      html.append("</tbody></table>");
    }
    html.append("</section>\n");
  }

  private void failures(List<DashboardData.Failure> failures, StringBuilder html) {
    html.append("<section class=\"failures\" id=\"failures\"><h2>")
        .append(Html.escape(words.format("dashboard.failures", failures.size()))).append("</h2>");
    if (failures.isEmpty()) {
      html.append("<p class=\"empty\">").append(Html.escape(words.get("dashboard.no-failures"))).append("</p>");
    } else {
      html.append("<table class=\"failures\"><thead><tr><th>").append(Html.escape(words.get("column.file")))
          .append("</th><th>").append(Html.escape(words.get("column.reason"))).append("</th></tr></thead><tbody>");
      for (DashboardData.Failure failure : failures) {
        html.append("<tr><td>").append(Html.escape(failure.source())).append("</td><td>")
            .append(Html.escape(failure.reason())).append("</td></tr>");
      }
      html.append("</tbody></table>");
    }
    html.append("</section>\n");
  }

  private String scriptWords() {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.writeStartObject();
      for (String key : SCRIPT_WORDS) {
        json.writeStringField(key, words.get(key));
      }
      for (Part part : Part.values()) {
        json.writeStringField("part." + part.ordinal(), words.get("part.short." + part.name()));
      }
      for (Severity severity : Severity.values()) {
        json.writeStringField("severity." + severity.name(), words.severity(severity));
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
