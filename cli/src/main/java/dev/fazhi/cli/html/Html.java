package dev.fazhi.cli.html;

/**
 * Escaping for the html pages. Every text that comes from a report, a file name or a message goes
 * through one of these before it reaches a page, so a report holding {@code <script>} shows it as text.
 */
final class Html {

  private Html() {}

  /**
   * Escapes text for an element's content or a quoted attribute value.
   *
   * @param text the text, or null for nothing
   * @return the escaped text
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement;
      switch (c) {
        case '<':
          replacement = "&lt;";
          break;
        case '>':
          replacement = "&gt;";
          break;
        case '&':
          replacement = "&amp;";
          break;
        case '"':
          replacement = "&quot;";
          break;
        case '\'':
          replacement = "&#39;";
          break;
        default:
          replacement = null;
      }
      if (replacement != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(replacement);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * Makes JSON safe inside a {@code <script type="application/json">} element: no {@code <} (which
   * could close the element) and no line or paragraph separators.
   *
   * @param json the JSON text
   * @return the same JSON, with those characters as escapes
   */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }
}
