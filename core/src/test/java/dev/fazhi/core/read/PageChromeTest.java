package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The page around a report that no marker names: bars, menus, breadcrumbs, site names. */
class PageChromeTest {

  @ParameterizedTest
  @ValueSource(strings = {"关怀版 | 无障碍 | 简体 | 繁體", "首页 政务公开 政务服务 互动交流", "无障碍 长者版",
      "走进青禾 新闻中心 信息公开 办事服务 互动交流"})
  void barsAndMenus(String line) {
    assertThat(PageChrome.isBar(line)).isTrue();
    assertThat(PageChrome.isChrome(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"您当前所在位置：首页 > 政务公开 > 法治政府建设", "当前位置 公告公示", "首页>政务公开>部门动态",
      "政务公开 » 法定主动公开内容 » 法治政府建设"})
  void breadcrumbsWithOrWithoutMarks(String line) {
    assertThat(PageChrome.isBreadcrumb(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"青禾县人民政府门户网站", "白沙市人民政府网", "中国青禾政府网"})
  void siteNames(String line) {
    assertThat(PageChrome.isSiteName(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"青禾县司法局2023年法治政府建设年度报告", "一、主要举措和成效", "强化领导责任，提供有力保障",
      "推进政务公开和政务服务标准化。", "加强网站建设，完善政府网", "市政府：", "青禾县人民政府",
      "推进互联网", "序号"})
  void titlesHeadingsAndContentAreNoChrome(String line) {
    assertThat(PageChrome.isChrome(line)).isFalse();
  }
}
