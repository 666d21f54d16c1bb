package dev.fazhi.cli.html;

import dev.fazhi.cli.result.PageWords;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.RuleCatalog;
import dev.fazhi.validation.json.LinePages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * The body of a report's page: the report as read, block by block with line (and page) numbers, each
 * finding marked at its place ({@link Highlighter}), and beside it the findings in line order, each
 * linking to its mark.
 */
final class HtmlReportText {

  private final PageWords words;

  HtmlReportText(PageWords words) {
    this.words = words;
  }

  /**
   * Writes the text and the findings.
   *
   * @param blocks the report as read
   * @param findings the findings
   * @param pages the page of each line, for the formats with pages
   * @param html where the html goes
   */
  void write(List<DocumentBlock> blocks, List<Finding> findings, LinePages pages, StringBuilder html) {
    List<Finding> ordered = new ArrayList<>(findings);
    ordered.sort(Comparator.comparing((Finding f) -> f.getLocation().orElse(null),
        Comparator.nullsFirst(Comparator.<SourceLocation>naturalOrder())));
    Map<Integer, List<Highlighter.Placed>> placed = place(ordered, blocks);
    html.append("<div class=\"columns\">");
    document(blocks, placed, html);
    findings(ordered, placed, pages, html);
    html.append("</div>");
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
      if (block.page() != null) {
        html.append(" data-page=\"").append(block.page()).append('"');
      }
      html.append("><span class=\"ln\"");
      if (block.page() != null) {
        // Each page starts with its number (above); every line number tells its page on hover.
        html.append(" title=\"").append(Html.escape(words.format("page", Integer.toString(block.page()))))
            .append('"');
      }
      html.append('>').append(block.line() == null ? "" : block.line().toString()).append("</span><p>")
          .append(Highlighter.html(block, placed.getOrDefault(i, List.of()), words))
          .append("</p></div>\n");
    }
    html.append("</article>");
  }

  private void findings(List<Finding> ordered, Map<Integer, List<Highlighter.Placed>> placed, LinePages pages,
      StringBuilder html) {
    Set<String> marked = new HashSet<>();
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
      String where = finding.getLocation().map(l -> where(l, pages)).orElse(words.get("findings.whole-report"));
      if (marked.contains(id)) {
        html.append("<a class=\"goto\" href=\"#").append(id).append("\" data-target=\"").append(id).append("\">")
            .append(Html.escape(where)).append("</a>");
      } else {
        html.append("<span class=\"goto\">").append(Html.escape(where)).append("</span>");
      }
      html.append(" <span class=\"severity\">")
          .append(Html.escape(words.severity(finding.getSeverity()))).append("</span> <code>")
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

  /** Where a finding is: its line and column, and its page for the formats with pages. */
  private String where(SourceLocation location, LinePages pages) {
    String line = Integer.toString(location.getLine());
    String column = Integer.toString(location.getColumn());
    OptionalInt page = pages.page(location);
    return page.isPresent()
        ? words.format("page-line-column", Integer.toString(page.getAsInt()), line, column)
        : words.format("line-column", line, column);
  }
}
