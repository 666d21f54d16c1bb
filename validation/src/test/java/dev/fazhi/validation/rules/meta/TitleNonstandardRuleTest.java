package dev.fazhi.validation.rules.meta;

import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.SampleReports.clean;

import org.junit.jupiter.api.Test;

/** meta.title-nonstandard: when it fires, when it must not, and its traps. */
class TitleNonstandardRuleTest {

  @Test
  void titleNonstandard() {
    only(clean().withTitle("某区司法局2023年工作总结"), "meta.title-nonstandard");
    only(clean().withTitle("某区司法局法治政府建设情况的报告"), "meta.title-nonstandard");
    none(clean().withTitle("某区司法局关于2023年法治政府\n建设情况的报告"), "meta.title-nonstandard");
  }
}
