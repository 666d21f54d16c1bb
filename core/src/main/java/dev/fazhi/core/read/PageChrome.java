package dev.fazhi.core.read;

import java.util.List;

/**
 * Tells the lines of the page around a report that no table of whole-line markers catches: an
 * accessibility bar or a menu ({@code 关怀版 | 无障碍 | 简体 | 繁體}, {@code 首页 政务公开 政务服务 互动交流}), a
 * breadcrumb with or without {@code >} ({@code 您当前所在位置：首页 > 政务公开 > …}), and the site's own
 * name ({@code 青禾县人民政府门户网站}). These rules are applied only outside the report's body (above its
 * title, below its date line): inside a report a short line of words is a heading or a table cell.
 */
final class PageChrome {

  /** Words of bars and menus; a line of short items holding one of them is chrome. */
  static final List<String> BAR_WORDS = List.of("首页", "无障碍", "关怀版", "长者版", "适老", "简体", "繁體",
      "繁体", "English", "登录", "注册", "政务公开", "政务服务", "互动交流", "新闻中心", "走进", "专题专栏",
      "信息公开", "网站地图", "移动版", "搜索", "办事服务", "公众参与", "数据开放");

  /** Separators between the items of a bar, a menu or a breadcrumb. */
  static final String ITEM_SEPARATORS = " |｜/·•丨";

  /** Marks of a breadcrumb's steps. */
  static final List<String> BREADCRUMB_MARKS = List.of(">", "＞", "»", "→", "〉");

  /** Words that end a site's name. */
  static final List<String> SITE_NAME_ENDINGS = List.of("门户网站", "网站", "政府网", "政务网", "服务网", "门户");

  /** Words that start a breadcrumb without marks: {@code 当前位置 公告公示}. */
  static final List<String> BREADCRUMB_OPENERS = List.of("当前位置", "您的位置", "您当前所在位置", "您现在的位置",
      "您当前的位置", "所在位置", "首页");

  /** The longest item of a bar or menu. */
  static final int MAX_ITEM = 8;
  /** The fewest items of a menu that names none of the bar words. */
  static final int MIN_PLAIN_MENU_ITEMS = 4;
  /** The longest chrome line these rules take. */
  static final int MAX_LINE = 120;

  private PageChrome() {}

  /** Whether a line outside the body is chrome: a bar, a menu, a breadcrumb or the site's name. */
  static boolean isChrome(String s) {
    return s.length() <= MAX_LINE && (isBar(s) || isBreadcrumb(s) || isSiteName(s));
  }

  /**
   * A bar or menu: at least two items of at most {@value #MAX_ITEM} characters between separators, none
   * with sentence punctuation, and either a bar word among them or at least
   * {@value #MIN_PLAIN_MENU_ITEMS} items.
   */
  static boolean isBar(String s) {
    if (!hasSeparator(s)) {
      return false; // one item at most: most lines
    }
    int items = 0;
    boolean barWord = false;
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean separator = i == s.length() || ITEM_SEPARATORS.indexOf(s.charAt(i)) >= 0;
      if (!separator) {
        if (CharClasses.isClauseBoundary(s.charAt(i)) || CharClasses.isSentenceEnd(s.charAt(i))) {
          return false;
        }
        if (start < 0) {
          start = i;
        }
        continue;
      }
      if (start >= 0) {
        if (i - start > MAX_ITEM) {
          return false;
        }
        items++;
        barWord |= holdsBarWord(s, start, i);
        start = -1;
      }
    }
    return items >= 2 && (barWord || items >= MIN_PLAIN_MENU_ITEMS);
  }

  private static boolean hasSeparator(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (ITEM_SEPARATORS.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the bar words stands within an item. */
  private static boolean holdsBarWord(String s, int from, int to) {
    for (String word : BAR_WORDS) {
      for (int k = from; k + word.length() <= to; k++) {
        if (s.startsWith(word, k)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A breadcrumb: steps between marks, or a line opened by a location word. */
  static boolean isBreadcrumb(String s) {
    for (String opener : BREADCRUMB_OPENERS) {
      if (s.startsWith(opener) && s.indexOf('。') < 0) {
        return true;
      }
    }
    int marks = 0;
    for (String mark : BREADCRUMB_MARKS) {
      for (int at = s.indexOf(mark); at >= 0; at = s.indexOf(mark, at + 1)) {
        marks++;
      }
    }
    return marks >= 2 && s.indexOf('。') < 0 && s.indexOf('，') < 0;
  }

  /** A site's name: a short line ending in 网站, 门户, 政府网 …, with no punctuation. */
  static boolean isSiteName(String s) {
    if (s.length() > 30 || s.indexOf('，') >= 0 || s.indexOf('。') >= 0) {
      return false;
    }
    for (String ending : SITE_NAME_ENDINGS) {
      if (s.endsWith(ending) && s.length() > ending.length() + 1) {
        return true;
      }
    }
    return false;
  }
}
