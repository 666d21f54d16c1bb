package dev.fazhi.validation.rules;

import java.util.List;

/** The built-in report-level rule groups, in catalog order. */
public final class BuiltInRules {

  private static final List<RuleGroup> GROUPS = List.of(new PartRules(), new ContentRules(),
      new NumberingRules(), new MetaRules(), new DatesDisagreeRule(), new ConflictingValuesRule(), new TextRules());

  private BuiltInRules() {}

  /**
   * The groups.
   *
   * @return an unmodifiable list
   */
  public static List<RuleGroup> groups() {
    return GROUPS;
  }
}
