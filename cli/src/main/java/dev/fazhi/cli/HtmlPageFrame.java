package dev.fazhi.cli;

/**
 * The frame every html page shares: doctype, language, the generator tag that marks it as fazhi's
 * output ({@link OutputGuard} looks for it), the style sheet, and the closing script.
 */
final class HtmlPageFrame {

  /** The generator tag's value starts with this; {@link OutputGuard} recognises fazhi's pages by it. */
  static final String GENERATOR = "fazhi";

  private HtmlPageFrame() {}

  static void open(StringBuilder html, PageMessages words, String title, String bodyClass, HtmlAssets assets) {
    html.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(words.languageTag())).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"").append(GENERATOR).append(' ')
        .append(Html.escape(Version.current())).append("\">\n")
        .append("<title>").append(Html.escape(title)).append("</title>\n");
    assets.style(html);
    html.append("</head>\n<body class=\"").append(bodyClass).append("\">\n");
  }

  static void close(StringBuilder html, HtmlAssets assets, String script) {
    assets.script(html, script);
    html.append("</body>\n</html>\n");
  }
}
