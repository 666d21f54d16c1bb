package dev.fazhi.documents.html;

import dev.fazhi.documents.SampleText;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Web pages written for the tests, in the shapes real government CMSs give (the text is the project's
 * own sample report): a TRS page ({@code #zoom > .TRS_Editor}) in GBK with a metadata table and a
 * clock widget, a page with {@code .pages_content} in UTF-8 with {@code <meta>} tags and a bracketed
 * grid, an {@code #ivs_content} page with {@code <br>} paragraphs, and a page with no known container.
 */
final class HtmlPages {

  static final Charset GBK = Charset.forName("GBK");

  private HtmlPages() {}

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String paragraphs(List<String> lines, boolean indent) {
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append("<p style=\"text-indent:2em\">").append(indent ? "&nbsp;&nbsp;" : "")
          .append(esc(line)).append("</p>\n");
    }
    return out.toString();
  }

  /** The sample without its title line (pages show the title in their own header). */
  static List<String> body() {
    List<String> lines = SampleText.lines(SampleText.CLEAN);
    return lines.subList(1, lines.size());
  }

  static String title() {
    return SampleText.lines(SampleText.CLEAN).get(0);
  }

  static String trsGbk() {
    return "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\n"
        + "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n"
        + "<title>" + esc(title()) + "_青山区人民政府</title>\n"
        + "<script>var s = '<p>不是正文</p>';</script></head>\n<body>\n"
        + "<div class=\"top\"><span id=\"clock\">2026年12月3日 星期四</span> 关怀版 | 无障碍</div>\n"
        + "<div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a></div>\n"
        + "<table class=\"xxgk\"><tr><td>索引号：</td><td>11440114MB2C90817K/2025-00031</td>"
        + "<td>主题分类：</td><td>法治</td></tr>\n"
        + "<tr><td>发布机构：</td><td>青山区司法局</td><td>成文日期：</td><td>2025-02-18</td></tr>\n"
        + "<tr><td>文号：</td><td>青司〔2025〕7号</td><td>发布日期：</td><td>2025-03-06</td></tr></table>\n"
        + "<h1 class=\"title\">" + esc(title()) + "</h1>\n"
        + "<div id=\"zoom\"><div class=\"TRS_Editor\">\n" + paragraphs(body(), true)
        + "</div></div>\n<div class=\"foot\">主办单位：青山区人民政府办公室 网站标识码：4401140001</div>\n"
        + "</body></html>\n";
  }

  static String pagesContentUtf8() {
    return "<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n"
        + "<meta name=\"ArticleTitle\" content=\"" + esc(title()) + "\">\n"
        + "<meta name=\"PubDate\" content=\"2025-03-06 09:30\">\n"
        + "<meta name=\"ContentSource\" content=\"青山区司法局\">\n"
        + "<title>" + esc(title()) + "</title></head><body>\n"
        + "<div class=\"header\"><div class=\"date\">今天是：2026年12月3日</div></div>\n"
        + "<div class=\"pages-date\">2025-03-06 09:30 来源：青山区司法局</div>\n"
        + "<ul class=\"grid\"><li>[ 索引号 ] 11440114MB2C90817K/2025-00031</li><li>[ 成文日期 ] 2025-02-18</li>"
        + "<li>[ 发文字号 ] 青司〔2025〕7号</li></ul>\n"
        + "<div class=\"pages_content\">\n" + paragraphs(SampleText.lines(SampleText.CLEAN), false)
        + "</div>\n<div class=\"share\">扫一扫在手机打开当前页</div></body></html>\n";
  }

  static String ivsBr() {
    StringBuilder br = new StringBuilder();
    for (String line : body()) {
      br.append("\u3000\u3000").append(esc(line)).append("<br>\n");
    }
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\"></head><body>\n"
        + "<div class=\"info\">发布时间：2025-03-06 10:21 来源：青山区司法局 访问量：1234 字体：【大 中 小】</div>\n"
        + "<div class=\"tit\"><h1>" + esc(title()) + "</h1></div>\n"
        + "<div id=\"ivs_content\">" + br + "</div></body></html>\n";
  }

  static String noContainer() {
    return "<html><head><meta charset=\"utf-8\"><title>x</title></head><body>\n"
        + "<div class=\"menu\"><a href=\"#\">首页</a><a href=\"#\">政务公开</a><a href=\"#\">政务服务</a>"
        + "<a href=\"#\">互动交流</a></div>\n"
        + "<div class=\"side\"><p>热点信息：全区开展安全生产大检查</p></div>\n"
        + "<div class=\"main\"><div class=\"art\">" + "<h2>" + esc(title()) + "</h2>\n"
        + paragraphs(body(), false) + "</div></div>\n"
        + "<div class=\"links\"><a href=\"#\">国务院</a> <a href=\"#\">省政府</a></div></body></html>\n";
  }
}
