package dev.fazhi.cli.html;

import dev.fazhi.cli.result.CheckedResult;
import dev.fazhi.cli.result.PageWords;
import dev.fazhi.cli.result.ReportView;
import dev.fazhi.cli.result.ResultSettings;
import java.io.IOException;
import java.io.Writer;

/**
 * The html page of one report: its summary ({@link HtmlReportSummary}: metadata, parts, figures) and
 * the report as read with its findings marked and listed ({@link HtmlReportText}). Every text from the
 * report is escaped ({@link Html}).
 */
final class HtmlReportPage {

  private final ResultSettings settings;
  private final PageWords words;
  private final HtmlAssets assets;
  private final HtmlReportSummary summary;
  private final HtmlReportText text;

  /**
   * A page writer.
   *
   * @param settings the page's words and the command's version
   * @param assets the style and script, linked (a site) or inlined (a page on its own)
   */
  HtmlReportPage(ResultSettings settings, HtmlAssets assets) {
    this.settings = settings;
    this.words = settings.words();
    this.assets = assets;
    this.summary = new HtmlReportSummary(words);
    this.text = new HtmlReportText(words);
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
  void write(CheckedResult checked, ReportView view, String dashboard, Writer out) throws IOException {
    StringBuilder html = new StringBuilder(16_384);
    String heading = heading(view);
    HtmlPageFrame.open(html, settings, heading + " · fazhi", "report-page", assets);
    html.append("<header class=\"page-head\">");
    if (dashboard != null) {
      html.append("<nav><a class=\"back\" href=\"").append(Html.escape(dashboard)).append("\">← ")
          .append(Html.escape(words.get("report.back"))).append("</a></nav>");
    }
    html.append("<h1>").append(Html.escape(heading)).append("</h1>");
    html.append("<p class=\"source\">").append(Html.escape(view.source())).append("</p></header>\n<main>");
    summary.write(checked.report(), view, html);
    text.write(DocumentView.of(checked.report(), checked.pages()), checked.findings(), checked.pages(), html);
    html.append("</main>\n");
    HtmlPageFrame.close(html, assets, HtmlAssets.REPORT_SCRIPT);
    out.write(html.toString());
  }

  /** The page's heading: issuer and year, else the file's name. */
  private String heading(ReportView view) {
    if (view.issuer() != null) {
      return view.year() == null ? view.issuer() : words.format("report.heading", view.issuer(),
          Integer.toString(view.year()));
    }
    return view.source();
  }
}
