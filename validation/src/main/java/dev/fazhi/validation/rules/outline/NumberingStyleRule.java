package dev.fazhi.validation.rules.outline;

import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Report;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.internal.ReportIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * outline.numbering-style: a label differs from the GB/T 9704-2012 form for its level ({@code 1、} for
 * {@code 1.}, {@code (一)} for {@code （一）}, {@code （一）、}, {@code １．}), or a standard label stands
 * at a level it does not belong to; {@code 一、} followed directly by {@code 1.} is accepted. Reported
 * once per sibling group and label form, at its first heading. Fed by {@link SiblingHeadings}.
 * Immutable and thread-safe.
 */
public final class NumberingStyleRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("outline.numbering-style", Severity.INFO, RuleSource.GB);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    for (List<ReportIndex.Entry> group : SiblingHeadings.of(findings).groups()) {
      check(findings, group);
    }
  }

  private static void check(FindingSink findings, List<ReportIndex.Entry> group) {
    Map<String, List<ReportIndex.Entry>> byForm = new LinkedHashMap<>();
    Map<String, String> expectedOf = new HashMap<>();
    for (ReportIndex.Entry entry : group) {
      Heading heading = entry.section().getHeading();
      NumberingStyle style = heading.getStyle();
      if (style == NumberingStyle.NONE || heading.getNumber().isEmpty()) {
        continue;
      }
      int number = heading.getNumber().getAsInt();
      if (!style.isStandard()) {
        Optional<NumberingStyle> standard = style.standardForm();
        if (standard.isPresent()) {
          String key = "deviation:" + style;
          byForm.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
          expectedOf.putIfAbsent(key, format(standard.get(), number));
        }
        continue;
      }
      Optional<NumberingStyle> wanted = wantedUnder(entry.parent());
      if (wanted.isPresent() && !accepted(entry.parent(), style)) {
        String key = "level:" + style;
        byForm.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
        expectedOf.putIfAbsent(key, format(wanted.get(), number));
      }
    }
    for (Map.Entry<String, List<ReportIndex.Entry>> form : byForm.entrySet()) {
      ReportIndex.Entry first = form.getValue().get(0);
      Heading heading = first.section().getHeading();
      String expected = expectedOf.get(form.getKey());
      boolean level = form.getKey().startsWith("level:");
      FindingSink.Draft draft = (level ? findings.finding("level") : findings.finding())
          .section(first.section()).argument("actual", heading.getLabel())
          .argument("expected", expected).argument("count", form.getValue().size())
          .actual(heading.getLabel()).expected(expected);
      if (level) {
        draft.argument("parent", first.parent().section().getHeading().getLabel());
      }
      if (first.part() != null) {
        draft.part(first.part());
      }
      draft.add();
    }
  }

  private static String format(NumberingStyle style, int number) {
    try {
      return style.format(number);
    } catch (IllegalArgumentException outOfRange) {
      return style.format(1);
    }
  }

  /** The standard level of a parent's label, if it has a numbered one. */
  private static Optional<Integer> levelOf(ReportIndex.Entry parent) {
    if (parent == null) {
      return Optional.empty();
    }
    Heading heading = parent.section().getHeading();
    if (!SiblingHeadings.numbered(heading)) {
      return Optional.empty();
    }
    return heading.getStyle().standardForm().flatMap(NumberingStyle::standardLevel);
  }

  private static Optional<NumberingStyle> wantedUnder(ReportIndex.Entry parent) {
    Optional<Integer> level = levelOf(parent);
    if (level.isEmpty() || level.get() >= 4) {
      return Optional.empty();
    }
    for (NumberingStyle style : NumberingStyle.values()) {
      if (style.standardLevel().filter(l -> l == level.get() + 1).isPresent()) {
        return Optional.of(style);
      }
    }
    return Optional.empty();
  }

  /** Whether a standard child style fits under its parent: one level down, or {@code 一、} then {@code 1.}. */
  private static boolean accepted(ReportIndex.Entry parent, NumberingStyle child) {
    int parentLevel = levelOf(parent).orElseThrow();
    int childLevel = child.standardLevel().orElseThrow();
    return childLevel == parentLevel + 1 || (parentLevel == 1 && childLevel == 3);
  }
}
