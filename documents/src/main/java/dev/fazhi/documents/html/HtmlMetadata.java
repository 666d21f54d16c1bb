package dev.fazhi.documents.html;

import dev.fazhi.documents.DocumentDates;
import dev.fazhi.documents.DocumentMetadata;
import dev.fazhi.documents.ImmutableDocumentMetadata;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * What a government page says about itself: {@code <meta name="ArticleTitle|PubDate|ContentSource">}
 * (the tags the national government-site standard asks for), the metadata grid above the body
 * (索引号, 发布机构 / 来源 / 发文机关, 文号 / 发文字号, 成文日期, 发布日期) in any of its layouts (label and
 * value in one cell, in neighbouring cells, in brackets), and the {@code 发布时间：} line.
 *
 * <p>A value is only taken after its label: a date that stands alone, such as a clock widget's
 * {@code 2026年12月3日 星期四} in the page header, is no publication date. Of several sources the
 * {@code <meta>} tags win, then the grid, then the first labelled line. The grid and the lines are
 * looked for around the report's body, not in it: a report's own sentence that starts with 来源 is
 * no metadata.
 */
final class HtmlMetadata {

  /** A label at the start of a cell, with optional brackets and colon, then maybe the value. */
  private static final Pattern LABEL = Pattern.compile(
      "^[\\[【\\s]*(索\\s*引\\s*号|发布机构|发文机关|来\\s*源|信息来源|文\\s*号|发文字号|成文日期|发布日期|发布时间|"
          + "标\\s*题)[\\s\\]】]*[:：]?\\s*(.*)$", Pattern.DOTALL);

  /** Where a value stops: at the next label in the same line ({@code 发布时间：… 来源：…}). */
  private static final Pattern NEXT_LABEL = Pattern.compile(
      "\\s*[\\[【]?\\s*(索\\s*引\\s*号|发布机构|发文机关|来\\s*源|信息来源|文\\s*号|发文字号|成文日期|发布日期|发布时间|"
          + "主题分类|有\\s*效\\s*性|浏览次数|访问量|点击数|字体|分享)[\\s\\]】]*[:：]");

  private HtmlMetadata() {}

  /**
   * Reads the metadata, and the depth of the page's deepest node on the way.
   *
   * @param page the page
   * @param metas the page's {@code <meta>} elements
   * @param body the report's body
   * @param depth receives the deepest depth seen, at index 0
   * @return the metadata
   */
  static DocumentMetadata read(Document page, List<Element> metas, Element body, int[] depth) {
    ImmutableDocumentMetadata.Builder out = DocumentMetadata.builder();
    Optional<String> title = meta(metas, "ArticleTitle");
    Optional<String> source = meta(metas, "ContentSource");
    title.ifPresent(out::title);
    source.ifPresent(out::publisher);
    Optional<LocalDate> pubDate = meta(metas, "PubDate").flatMap(DocumentDates::parseLeading);
    pubDate.ifPresent(out::publishedOn);
    Found found = new Found(out, title.isPresent(), source.isPresent(), pubDate.isPresent());
    List<String> cells = cells(page, body, depth);
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (!mayHoldLabel(cell)) {
        continue;
      }
      String next = i + 1 < cells.size() && !LABEL.matcher(cells.get(i + 1)).matches() ? cells.get(i + 1) : null;
      // a cell may hold several labelled values: 发布时间：… 来源：…
      for (int guard = 0; cell != null && guard < 16; guard++) {
        Matcher m = LABEL.matcher(cell);
        if (!m.matches()) {
          break;
        }
        String rest = m.group(2);
        Matcher more = NEXT_LABEL.matcher(rest);
        String value;
        String remainder = null;
        if (more.find()) {
          value = clean(rest.substring(0, more.start()));
          remainder = rest.substring(more.start());
        } else {
          value = clean(rest);
        }
        if (value.isEmpty() && remainder == null && next != null) {
          value = clean(next);
        }
        if (!value.isEmpty()) {
          found.take(m.group(1).replaceAll("\\s", ""), value);
        }
        cell = remainder;
      }
    }
    return out.build();
  }

  /** A cheap test before the regular expression: a label stands in a cell's first few characters. */
  private static boolean mayHoldLabel(String cell) {
    int n = Math.min(cell.length(), 8);
    for (int i = 0; i < n; i++) {
      char c = cell.charAt(i);
      if (c == '索' || c == '发' || c == '来' || c == '信' || c == '文' || c == '成' || c == '标') {
        return true;
      }
    }
    return false;
  }

  private static String clean(String value) {
    return value.replace('\u00A0', ' ').replace('\u3000', ' ').strip();
  }

  /** The values found so far: the first of each kind wins. */
  private static final class Found {
    private final ImmutableDocumentMetadata.Builder out;
    private boolean title;
    private boolean publisher;
    private boolean published;
    private boolean signed;
    private boolean index;
    private boolean number;

    Found(ImmutableDocumentMetadata.Builder out, boolean title, boolean publisher, boolean published) {
      this.out = out;
      this.title = title;
      this.publisher = publisher;
      this.published = published;
    }

    void take(String label, String value) {
      switch (label) {
        case "索引号" -> {
          if (!index) {
            out.indexNumber(value);
            index = true;
          }
        }
        case "文号", "发文字号" -> {
          if (!number) {
            out.documentNumber(value);
            number = true;
          }
        }
        case "发布机构", "发文机关", "来源", "信息来源" -> {
          if (!publisher) {
            out.publisher(value);
            publisher = true;
          }
        }
        case "成文日期" -> {
          Optional<LocalDate> d = DocumentDates.parseLeading(value);
          if (!signed && d.isPresent()) {
            out.signedOn(d.get());
            signed = true;
          }
        }
        case "发布日期", "发布时间" -> {
          Optional<LocalDate> d = DocumentDates.parseLeading(value);
          if (!published && d.isPresent()) {
            out.publishedOn(d.get());
            published = true;
          }
        }
        case "标题" -> {
          if (!title) {
            out.title(value);
            title = true;
          }
        }
        default -> { }
      }
    }
  }

  static Optional<String> meta(List<Element> metas, String name) {
    for (Element e : metas) {
      if (e.attr("name").equalsIgnoreCase(name)) {
        String content = e.attr("content").strip();
        return content.isEmpty() ? Optional.empty() : Optional.of(content);
      }
    }
    return Optional.empty();
  }

  /**
   * The page's text around the report's body, one entry per text node, outside scripts and styles,
   * stripped and not blank. The body itself is skipped (its lines are read apart), unless it is the
   * whole page.
   */
  private static List<String> cells(Document page, Element body, int[] deepest) {
    List<String> out = new ArrayList<>();
    boolean skipBody = body != page.body();
    page.body().filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (depth > deepest[0]) {
          deepest[0] = depth;
        }
        if (skipBody && node == body) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof TextNode t && !t.isBlank()) {
          Node parent = t.parent();
          if (parent instanceof Element p && (p.normalName().equals("script") || p.normalName().equals("style"))) {
            return FilterResult.CONTINUE;
          }
          out.add(t.getWholeText().replace('\u00A0', ' ').strip());
        }
        return FilterResult.CONTINUE;
      }
    });
    return out;
  }
}
