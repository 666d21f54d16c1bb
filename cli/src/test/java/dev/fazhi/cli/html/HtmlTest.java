package dev.fazhi.cli.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The escaping every text goes through on its way into a page. */
class HtmlTest {

  @Test
  void textIsEscapedForContentAndAttributes() {
    assertThat(Html.escape("<script>alert('x' & \"y\")</script>"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;");
    assertThat(Html.escape("法治政府")).isEqualTo("法治政府");
    assertThat(Html.escape(null)).isEmpty();
  }

  @Test
  void jsonInAScriptElementCannotCloseIt() {
    String json = "{\"i\":\"</script><script>alert(1)</script>\",\"s\":\"a\u2028b & c\"}";

    String safe = Html.scriptSafe(json);

    assertThat(safe).doesNotContain("<").doesNotContain(">").doesNotContain("\u2028").doesNotContain("&")
        .isEqualTo("{\"i\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\","
            + "\"s\":\"a\\u2028b \\u0026 c\"}");
  }
}
