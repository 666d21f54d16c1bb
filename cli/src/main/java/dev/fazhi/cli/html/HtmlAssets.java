package dev.fazhi.cli.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The style sheet and scripts of the html pages, and ECharts with its licence: resources of the
 * command, copied into a site's {@code assets/} directory or inlined into a page that stands alone.
 * Nothing is ever fetched from a network.
 */
final class HtmlAssets {

  static final String STYLE = "fazhi.css";
  static final String REPORT_SCRIPT = "report.js";
  static final String DASHBOARD_SCRIPT = "dashboard.js";
  static final String ECHARTS = "echarts.min.js";

  /** What a site's assets directory holds: name in the output, resource it comes from. */
  private static final List<String[]> FILES = List.of(
      new String[] {STYLE, STYLE},
      new String[] {REPORT_SCRIPT, REPORT_SCRIPT},
      new String[] {DASHBOARD_SCRIPT, DASHBOARD_SCRIPT},
      new String[] {ECHARTS, "assets/echarts/dist/echarts.min.js"},
      new String[] {"ECHARTS-LICENSE.txt", "assets/echarts/LICENSE"},
      new String[] {"ECHARTS-NOTICE.txt", "assets/echarts/NOTICE"},
      new String[] {"README.txt", "assets-readme.txt"});

  private final String prefix;

  private HtmlAssets(String prefix) {
    this.prefix = prefix;
  }

  /**
   * Assets linked from pages, relative to each page.
   *
   * @param prefix the path from the page to the assets directory, ending in a slash
   * @return the assets
   */
  static HtmlAssets linked(String prefix) {
    return new HtmlAssets(prefix);
  }

  /**
   * Assets written into each page, for a page that stands alone.
   *
   * @return the assets
   */
  static HtmlAssets inlined() {
    return new HtmlAssets(null);
  }

  void style(StringBuilder html) {
    if (prefix == null) {
      html.append("<style>\n").append(text(STYLE)).append("</style>\n");
    } else {
      html.append("<link rel=\"stylesheet\" href=\"").append(prefix).append(STYLE).append("\">\n");
    }
  }

  void script(StringBuilder html, String name) {
    if (prefix == null) {
      html.append("<script>\n").append(text(name)).append("</script>\n");
    } else {
      html.append("<script src=\"").append(prefix).append(name).append("\"></script>\n");
    }
  }

  /**
   * Copies every asset into a directory.
   *
   * @param directory the site's assets directory, created if need be
   * @return the names written
   * @throws IOException if writing fails
   */
  static List<String> copyInto(Path directory) throws IOException {
    Files.createDirectories(directory);
    for (String[] file : FILES) {
      try (InputStream in = open(file[1])) {
        Files.copy(in, directory.resolve(file[0]), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return FILES.stream().map(f -> f[0]).toList();
  }

  private static InputStream open(String resource) {
    InputStream in = HtmlAssets.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource " + resource + " is missing from the command");
    }
    return in;
  }

  static String text(String resource) {
    try (InputStream in = open(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
