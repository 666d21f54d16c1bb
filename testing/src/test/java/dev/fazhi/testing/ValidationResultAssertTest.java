package dev.fazhi.testing;

import static dev.fazhi.testing.TestFindings.BREAKDOWN;
import static dev.fazhi.testing.TestFindings.LATE;
import static dev.fazhi.testing.TestFindings.MEASURES;
import static dev.fazhi.testing.TestFindings.NUMBERING_STYLE;
import static dev.fazhi.testing.TestFindings.REPEATED;
import static dev.fazhi.testing.TestFindings.RESIDUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ImmutableFinding;
import dev.fazhi.validation.RuleCatalog;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.ValidationResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ValidationResultAssertTest {

  /** What every failure on {@link TestFindings#webCopyLike()} lists, in the result's order. */
  static final String ALL_LISTED = """
      Findings (6):
        outline.part-missing ERROR (whole report) about SHORTCOMINGS_AND_CAUSES: 缺少“存在的不足和原因”部分
        text.editor-residue INFO at 1:1 quoting "当前位置：首页 > 政务公开 > 法治政府建设": 网页残留：当前位置
        meta.publication-late WARNING at 4:6 quoting "2024-05-08": 发布日期2024-05-08晚于2024年4月1日
        outline.numbering-style INFO at 13:3 in "%1$s / （二）深化市场监管执法" quoting "1、深化“双随机、一公开”监管": 标题序号“1、”应为“1.”
        metric.breakdown-sum ERROR at 16:3 in "%1$s / （二）深化市场监管执法" quoting "共办理行政处罚案件215件" imbalance 8: 分项之和207与合计215不符
        text.repeated-phrase INFO at 16:41 in "%1$s / （二）深化市场监管执法" quoting "执法执法": 词语重复：执法执法\
      """.formatted(MEASURES);

  private final ValidationResult webCopy = TestFindings.webCopyLike();
  private final ValidationResult empty = ValidationResult.of(List.of());
  private final ValidationResult hygieneOnly = TestFindings.of(REPEATED, RESIDUE, LATE);

  private static AbstractThrowableAssert<?, ? extends Throwable> failure(ThrowingCallable assertion) {
    return assertThatThrownBy(assertion).isInstanceOf(AssertionError.class);
  }

  @Test
  void everyFailureListsEveryFindingInTheResultsOrder() {
    failure(() -> FazhiAssertions.assertThat(webCopy).hasNoFindings())
        .hasMessage("\nExpecting validation result\nto have no finding,\nbut it has 6.\n" + ALL_LISTED);
    failure(() -> FazhiAssertions.assertThat(webCopy).hasFinding("meta.year-mismatch"))
        .hasMessageEndingWith(ALL_LISTED);
    failure(() -> FazhiAssertions.assertThat(webCopy).hasOnlyFindings("text.*"))
        .hasMessageEndingWith(ALL_LISTED);
    failure(() -> FazhiAssertions.assertThat(webCopy).hasFindingCount(2))
        .hasMessageEndingWith(ALL_LISTED);
  }

  @Test
  void hasNoFindings() {
    FazhiAssertions.assertThat(empty).hasNoFindings().hasFindingCount(0).hasOnlyFindings();
    failure(() -> FazhiAssertions.assertThat(TestFindings.of(REPEATED)).hasNoFindings())
        .hasMessageContaining("to have no finding,\nbut it has 1.\nFindings (1):\n  text.repeated-phrase INFO at 16:41");
  }

  @Test
  void anEmptyResultSaysSoWhenAFindingIsExpected() {
    failure(() -> FazhiAssertions.assertThat(empty).hasFinding("text.repeated-phrase"))
        .hasMessageEndingWith("but it has none.\nFindings (0):\n  (none)");
  }

  @Test
  void hasNoErrors() {
    FazhiAssertions.assertThat(hygieneOnly).hasNoErrors();
    FazhiAssertions.assertThat(empty).hasNoErrors();
    failure(() -> FazhiAssertions.assertThat(webCopy).hasNoErrors())
        .hasMessageStartingWith("\nExpecting validation result\nto have no finding of severity ERROR,\nbut it has 2:\n"
            + "  outline.part-missing ERROR (whole report)")
        .hasMessageContaining("\n  metric.breakdown-sum ERROR at 16:3 in \"" + MEASURES)
        .hasMessageEndingWith(ALL_LISTED);
  }

  @Test
  void hasNoFindingsAtLeast() {
    FazhiAssertions.assertThat(TestFindings.of(REPEATED, RESIDUE)).hasNoFindingsAtLeast(Severity.WARNING);
    FazhiAssertions.assertThat(hygieneOnly).hasNoFindingsAtLeast(Severity.ERROR);
    failure(() -> FazhiAssertions.assertThat(hygieneOnly).hasNoFindingsAtLeast(Severity.WARNING))
        .hasMessageContaining("to have no finding of severity WARNING or more serious,\nbut it has 1:\n"
            + "  meta.publication-late WARNING at 4:6")
        .hasMessageContaining("Findings (3):");
    failure(() -> FazhiAssertions.assertThat(hygieneOnly).hasNoFindingsAtLeast(Severity.INFO))
        .hasMessageContaining("of severity INFO or more serious,\nbut it has 3:");
  }

  @Test
  void hasFindingOfARuleOrAFamily() {
    FazhiAssertions.assertThat(webCopy)
        .hasFinding("metric.breakdown-sum")
        .hasFinding("metric.*")
        .hasFinding("metric")
        .hasFinding("text.*");
    failure(() -> FazhiAssertions.assertThat(webCopy).hasFinding("meta.year-mismatch"))
        .hasMessageContaining("to have a finding of rule \"meta.year-mismatch\",\nbut it has none.\nFindings (6):")
        .hasMessageNotContaining("Note:");
    failure(() -> FazhiAssertions.assertThat(hygieneOnly).hasFinding("metric.*"))
        .hasMessageContaining("to have a finding of rule family \"metric.*\",\nbut it has none.");
    failure(() -> FazhiAssertions.assertThat(hygieneOnly).hasFinding("outline"))
        .hasMessageContaining("rule family \"outline\"");
  }

  @Test
  void anUnknownRuleIdGetsANoteSoThatATypoShows() {
    failure(() -> FazhiAssertions.assertThat(webCopy).hasFinding("metric.breakdown-sums"))
        .hasMessageContaining("(Note: no built-in rule is named \"metric.breakdown-sums\"");
    failure(() -> FazhiAssertions.assertThat(webCopy).hasFinding("metrics.*"))
        .hasMessageContaining("(Note: no built-in rule is in the family \"metrics.*\"");
    failure(() -> FazhiAssertions.assertThat(webCopy).hasFindingAt("text.repeated-phrass", 16))
        .hasMessageContaining("but it has no finding of that rule.\n(Note: no built-in rule is named");
  }

  @Test
  void aFindingOfAUserRuleIsFoundLikeAnyOther() {
    Finding mine = TestFindings.builder("com.example.my-rule", Severity.WARNING).message("自定义规则").build();
    FazhiAssertions.assertThat(TestFindings.of(mine)).hasFinding("com.example.my-rule").hasOnlyFindings("com.example.my-rule");
  }

  @Test
  void hasNoFinding() {
    FazhiAssertions.assertThat(webCopy).hasNoFinding("meta.year-mismatch").hasNoFinding("outline.causes-missing");
    FazhiAssertions.assertThat(hygieneOnly).hasNoFinding("metric.*").hasNoFinding("outline");
    failure(() -> FazhiAssertions.assertThat(webCopy).hasNoFinding("text.*"))
        .hasMessageContaining("not to have a finding of rule family \"text.*\",\nbut it has 2:\n"
            + "  text.editor-residue INFO at 1:1 quoting \"当前位置：首页 > 政务公开 > 法治政府建设\": 网页残留：当前位置\n"
            + "  text.repeated-phrase INFO at 16:41")
        .hasMessageEndingWith(ALL_LISTED);
  }

  @Test
  void hasFindingAt() {
    FazhiAssertions.assertThat(webCopy)
        .hasFindingAt("metric.breakdown-sum", 16)
        .hasFindingAt("text.*", 1)
        .hasFindingAt("text.*", 16);
    failure(() -> FazhiAssertions.assertThat(webCopy).hasFindingAt("metric.breakdown-sum", 15))
        .hasMessageContaining("to have a finding of rule \"metric.breakdown-sum\" at line 15,\n"
            + "but its findings of that rule have line 16.\nFindings (6):");
    failure(() -> FazhiAssertions.assertThat(webCopy).hasFindingAt("text.*", 9))
        .hasMessageContaining("but its findings of that rule have line 1, line 16.");
    failure(() -> FazhiAssertions.assertThat(webCopy).hasFindingAt("outline.part-missing", 1))
        .hasMessageContaining("but its findings of that rule have no line (whole report).");
    failure(() -> FazhiAssertions.assertThat(webCopy).hasFindingAt("meta.year-mismatch", 38))
        .hasMessageContaining("at line 38,\nbut it has no finding of that rule.\nFindings (6):");
  }

  @Test
  void hasFindingQuoting() {
    FazhiAssertions.assertThat(webCopy)
        .hasFindingQuoting("text.repeated-phrase", "执法执法")
        .hasFindingQuoting("outline.numbering-style", "1、")
        .hasFindingQuoting("text.*", "当前位置");
    failure(() -> FazhiAssertions.assertThat(webCopy).hasFindingQuoting("text.*", "[bookmark: _GoBack]"))
        .hasMessageContaining("to have a finding of rule family \"text.*\" quoting \"[bookmark: _GoBack]\",\n"
            + "but its findings of that rule have \"当前位置：首页 > 政务公开 > 法治政府建设\", \"执法执法\".");
    failure(() -> FazhiAssertions.assertThat(webCopy).hasFindingQuoting("outline.part-missing", "不足"))
        .hasMessageContaining("but its findings of that rule have no quote.");
  }

  @Test
  void hasFindingAbout() {
    FazhiAssertions.assertThat(webCopy).hasFindingAbout("outline.part-missing", Part.SHORTCOMINGS_AND_CAUSES);
    failure(() -> FazhiAssertions.assertThat(webCopy).hasFindingAbout("outline.part-missing", Part.NEXT_YEAR_PLAN))
        .hasMessageContaining("to have a finding of rule \"outline.part-missing\" about part NEXT_YEAR_PLAN,\n"
            + "but its findings of that rule have SHORTCOMINGS_AND_CAUSES.");
    failure(() -> FazhiAssertions.assertThat(webCopy).hasFindingAbout("text.*", Part.MEASURES_AND_RESULTS))
        .hasMessageContaining("but its findings of that rule have no part, no part.");
  }

  @Test
  void hasOnlyFindingsComparesTheSetOfRules() {
    FazhiAssertions.assertThat(webCopy).hasOnlyFindings("text.repeated-phrase", "metric.breakdown-sum",
        "outline.part-missing", "text.editor-residue", "meta.publication-late", "outline.numbering-style");
    FazhiAssertions.assertThat(webCopy).hasOnlyFindings("text.*", "outline.*", "metric", "meta.publication-late");
    FazhiAssertions.assertThat(TestFindings.of(REPEATED, REPEATED)).hasOnlyFindings("text.repeated-phrase");
  }

  @Test
  void hasOnlyFindingsNamesWhatIsMissingAndWhatIsUnexpected() {
    failure(() -> FazhiAssertions.assertThat(hygieneOnly)
            .hasOnlyFindings("text.repeated-phrase", "text.editor-residue", "meta.publication-late", "metric.rate-mismatch"))
        .hasMessageContaining("to have findings of exactly the rules [text.repeated-phrase, text.editor-residue,"
            + " meta.publication-late, metric.rate-mismatch],\nbut these were not found: [metric.rate-mismatch]\nFindings (3):");
    failure(() -> FazhiAssertions.assertThat(hygieneOnly).hasOnlyFindings("text.*"))
        .hasMessageContaining("to have findings of exactly the rules [text.*],\n"
            + "but these were found and not expected: [meta.publication-late]\nFindings (3):");
    failure(() -> FazhiAssertions.assertThat(webCopy).hasOnlyFindings("metric.rate-mismatch", "text.*", "meta.year-mismatch"))
        .hasMessageContaining("but these were not found: [meta.year-mismatch, metric.rate-mismatch]\n"
            + "and these were found and not expected: [meta.publication-late, metric.breakdown-sum,"
            + " outline.numbering-style, outline.part-missing]\nFindings (6):");
    failure(() -> FazhiAssertions.assertThat(hygieneOnly).hasOnlyFindings())
        .hasMessageContaining("to have findings of exactly the rules [],\nbut these were found and not expected:");
  }

  @Test
  void hasFindingCount() {
    FazhiAssertions.assertThat(webCopy).hasFindingCount(6);
    FazhiAssertions.assertThat(TestFindings.of(REPEATED, REPEATED, LATE)).hasFindingCount(3);
    failure(() -> FazhiAssertions.assertThat(webCopy).hasFindingCount(5))
        .hasMessageStartingWith("\nExpecting validation result\nto have 5 finding(s),\nbut it has 6.\nFindings (6):");
  }

  @Test
  void hasFindingCountOfARuleOrFamily() {
    FazhiAssertions.assertThat(webCopy).hasFindingCount("text.*", 2).hasFindingCount("metric.rate-mismatch", 0);
    FazhiAssertions.assertThat(TestFindings.of(REPEATED, REPEATED, LATE)).hasFindingCount("text.repeated-phrase", 2);
    failure(() -> FazhiAssertions.assertThat(webCopy).hasFindingCount("text.*", 3))
        .hasMessageContaining("to have 3 finding(s) of rule family \"text.*\",\nbut it has 2:\n"
            + "  text.editor-residue INFO at 1:1")
        .hasMessageEndingWith(ALL_LISTED);
    failure(() -> FazhiAssertions.assertThat(webCopy).hasFindingCount("metric.rate-mismatch", 1))
        .hasMessageContaining("to have 1 finding(s) of rule \"metric.rate-mismatch\",\nbut it has 0.\nFindings (6):");
  }

  /**
   * Seeded random results: the assertions agree with the result's own queries, and the listing shows
   * every finding once, in the result's order.
   */
  @Test
  void randomResultsAgreeWithTheirOwnQueries() {
    List<String> ids = RuleCatalog.ids();
    Severity[] severities = Severity.values();
    SplittableRandom random = new SplittableRandom(20241123L);
    for (int round = 0; round < 200; round++) {
      List<Finding> findings = new ArrayList<>();
      int size = random.nextInt(12);
      for (int i = 0; i < size; i++) {
        ImmutableFinding.Builder builder = TestFindings.builder(ids.get(random.nextInt(ids.size())),
            severities[random.nextInt(severities.length)]);
        if (random.nextBoolean()) {
          int line = 1 + random.nextInt(60);
          builder.location(SourceLocation.of(line, 1 + random.nextInt(40), line * 100 + random.nextInt(40)));
        }
        findings.add(builder.message("消息" + i).build());
      }
      ValidationResult result = ValidationResult.of(findings);
      List<String> present = result.getFindings().stream().map(Finding::getRule).distinct().toList();
      List<String> shuffled = new ArrayList<>(present);
      Collections.shuffle(shuffled, new Random(round));

      FazhiAssertions.assertThat(result).hasFindingCount(size).hasOnlyFindings(shuffled.toArray(String[]::new));
      for (String id : ids) {
        if (present.contains(id)) {
          FazhiAssertions.assertThat(result).hasFinding(id).finding(id).hasRule(id);
        } else {
          FazhiAssertions.assertThat(result).hasNoFinding(id);
          shuffled.add(id);
          failure(() -> FazhiAssertions.assertThat(result).hasOnlyFindings(shuffled.toArray(String[]::new)))
              .hasMessageContaining("but these were not found: [" + id + "]");
          shuffled.remove(id);
        }
      }
      if (result.hasFindingsAtLeast(Severity.ERROR)) {
        failure(() -> FazhiAssertions.assertThat(result).hasNoErrors());
      } else {
        FazhiAssertions.assertThat(result).hasNoErrors();
      }
      if (size > 0) {
        StringBuilder listing = new StringBuilder("Findings (" + size + "):");
        result.getFindings().forEach(f -> listing.append("\n  ").append(FindingsDescription.finding(f)));
        failure(() -> FazhiAssertions.assertThat(result).hasNoFindings()).hasMessageEndingWith(listing.toString());
      }
    }
  }

  @Test
  void findingNavigatesToTheFirstFindingOfTheRule() {
    FazhiAssertions.assertThat(webCopy).finding("metric.breakdown-sum")
        .hasSeverity(Severity.ERROR)
        .hasLocation(16, 3)
        .hasImbalance("8.0")
        .hasQuote("共办理行政处罚案件215件");
    FazhiAssertions.assertThat(webCopy).finding("text.*").hasRule("text.editor-residue").hasLine(1);
    failure(() -> FazhiAssertions.assertThat(webCopy).finding("metric.breakdown-sum").hasSeverity(Severity.WARNING))
        .hasMessageContaining("Expecting finding\n  metric.breakdown-sum ERROR at 16:3")
        .hasMessageContaining("to have severity WARNING,\nbut it has ERROR");
    failure(() -> FazhiAssertions.assertThat(webCopy).finding("metric.rate-mismatch"))
        .hasMessageContaining("to have a finding of rule \"metric.rate-mismatch\",\nbut it has none.")
        .hasMessageEndingWith(ALL_LISTED);
  }

  @Test
  void findingAtNavigatesToTheFindingOnThatLine() {
    FazhiAssertions.assertThat(webCopy).findingAt("text.*", 16).hasRule("text.repeated-phrase").hasQuote("执法执法");
    failure(() -> FazhiAssertions.assertThat(webCopy).findingAt("text.*", 4))
        .hasMessageContaining("to have a finding of rule family \"text.*\" at line 4,\n"
            + "but its findings of that rule have line 1, line 16.");
  }

  @Test
  void navigationKeepsTheDescription() {
    failure(() -> FazhiAssertions.assertThat(webCopy).as("web copy").finding("text.repeated-phrase").hasLine(3))
        .hasMessageStartingWith("[web copy] \nExpecting finding\n  text.repeated-phrase INFO at 16:41");
  }

  @Test
  void descriptionPrefixesTheMessage() {
    failure(() -> FazhiAssertions.assertThat(webCopy).as("web copy").hasNoErrors())
        .hasMessageStartingWith("[web copy] \nExpecting validation result");
  }

  @Test
  void failsOnANullResult() {
    failure(() -> FazhiAssertions.assertThat((ValidationResult) null).hasNoErrors())
        .hasMessageContaining("Expecting actual not to be null");
    failure(() -> FazhiAssertions.assertThat((ValidationResult) null).finding("text.*"))
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void rejectsMissingOrBlankRuleIds() {
    assertThatThrownBy(() -> FazhiAssertions.assertThat(webCopy).hasFinding(null))
        .isInstanceOf(NullPointerException.class).hasMessage("ruleIdOrFamily");
    assertThatThrownBy(() -> FazhiAssertions.assertThat(webCopy).hasNoFinding(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is blank");
    assertThatThrownBy(() -> FazhiAssertions.assertThat(webCopy).hasOnlyFindings("text.*", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> FazhiAssertions.assertThat(webCopy).hasFindingAbout("text.*", null))
        .isInstanceOf(NullPointerException.class).hasMessage("part");
  }

  @Test
  void longListsAreCut() {
    List<Finding> many = new ArrayList<>();
    for (int i = 1; i <= FindingsDescription.MAX_FINDINGS + 3; i++) {
      many.add(TestFindings.builder("text.doubled-punctuation", Severity.INFO)
          .location(SourceLocation.of(i, 1, i * 10)).quote("，，").message("标点重复").build());
    }
    failure(() -> FazhiAssertions.assertThat(ValidationResult.of(many)).hasNoFindings())
        .hasMessageContaining("Findings (103):")
        .hasMessageContaining("at 100:1")
        .hasMessageNotContaining("at 101:1")
        .hasMessageEndingWith("\n  ... and 3 more");
  }

  @Test
  void theListingShowsEachFieldOnlyWhenTheFindingHasIt() {
    assertThat(FindingsDescription.finding(NUMBERING_STYLE)).isEqualTo("outline.numbering-style INFO at 13:3 in \""
        + MEASURES + " / （二）深化市场监管执法\" quoting \"1、深化“双随机、一公开”监管\": 标题序号“1、”应为“1.”");
    Finding bare = TestFindings.builder("meta.date-missing", Severity.WARNING).message("缺少成文日期").build();
    assertThat(FindingsDescription.finding(bare)).isEqualTo("meta.date-missing WARNING (whole report): 缺少成文日期");
    assertThat(FindingsDescription.finding(BREAKDOWN)).contains(" imbalance 8: ");
  }
}
