package dev.fazhi.cli.html;

import dev.fazhi.cli.result.OutputFiles;
import dev.fazhi.cli.result.ResultSettings;

/**
 * The frame every html page shares: doctype, language, the generator tag that marks it as fazhi's
 * output (the command's output guard looks for it), the style sheet, and the closing script.
 */
final class HtmlPageFrame {

  private HtmlPageFrame() {}

  static void open(StringBuilder html, ResultSettings settings, String title, String bodyClass, HtmlAssets assets) {
    html.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(settings.words().languageTag())).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"").append(OutputFiles.GENERATOR).append(' ')
        .append(Html.escape(settings.version())).append("\">\n")
        .append("<title>").append(Html.escape(title)).append("</title>\n");
    assets.style(html);
    html.append("</head>\n<body class=\"").append(bodyClass).append("\">\n");
  }

  static void close(StringBuilder html, HtmlAssets assets, String script) {
    assets.script(html, script);
    html.append("</body>\n</html>\n");
  }
}
