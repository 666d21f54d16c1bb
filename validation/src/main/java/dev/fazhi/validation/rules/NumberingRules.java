package dev.fazhi.validation.rules;

import static dev.fazhi.validation.internal.CatalogEntry.NUMBERING_DUPLICATE;
import static dev.fazhi.validation.internal.CatalogEntry.NUMBERING_GAP;
import static dev.fazhi.validation.internal.CatalogEntry.NUMBERING_MISSING;
import static dev.fazhi.validation.internal.CatalogEntry.NUMBERING_STYLE;

import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Section;
import dev.fazhi.validation.internal.CatalogEntry;
import dev.fazhi.validation.internal.ReportIndex;
import dev.fazhi.validation.internal.Reporter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * outline.numbering-duplicate, -gap, -missing and -style: heading numbers within each group of sibling
 * headings (the top-level sections; the children of one section), per GB/T 9704-2012.
 *
 * <p>Numbers are compared within one numbering family (a deviating label such as {@code 1、} counts as
 * the {@code 1.} it is written for), so a group that mixes levels is judged family by family. A style
 * finding is reported once per sibling group and label form, at its first heading.
 */
final class NumberingRules implements RuleGroup {

  @Override
  public void check(Reporter reporter) {
    List<List<ReportIndex.Entry>> groups = siblingGroups(reporter.index());
    for (List<ReportIndex.Entry> group : groups) {
      checkMissing(reporter, group);
      checkSequence(reporter, group);
      checkStyle(reporter, group);
    }
  }

  private static List<List<ReportIndex.Entry>> siblingGroups(ReportIndex index) {
    // By identity: hashing a Section by value walks its whole subtree, once per entry.
    Map<Object, List<ReportIndex.Entry>> byParent = new IdentityHashMap<>();
    List<List<ReportIndex.Entry>> groups = new ArrayList<>();
    Object top = new Object();
    for (ReportIndex.Entry entry : index.entries()) {
      Object key = entry.parent() == null ? top : entry.parent();
      byParent.computeIfAbsent(key, k -> {
        List<ReportIndex.Entry> group = new ArrayList<>();
        groups.add(group);
        return group;
      }).add(entry);
    }
    return groups;
  }

  private static boolean numbered(Heading heading) {
    return heading.getStyle() != NumberingStyle.NONE && heading.getNumber().isPresent();
  }

  private static NumberingStyle family(NumberingStyle style) {
    return style.standardForm().orElse(style);
  }

  private static String heading(Section section) {
    return ReportIndex.shorten(section.getHeading().fullText().strip());
  }

  private static void checkMissing(Reporter reporter, List<ReportIndex.Entry> group) {
    boolean anyNumbered = group.stream().anyMatch(e -> numbered(e.section().getHeading()));
    if (!anyNumbered) {
      return;
    }
    for (ReportIndex.Entry entry : group) {
      if (!numbered(entry.section().getHeading())) {
        draft(reporter, NUMBERING_MISSING, entry).argument("heading", heading(entry.section()))
            .add();
      }
    }
  }

  private static Reporter.Draft draft(Reporter reporter,
      CatalogEntry rule, ReportIndex.Entry entry) {
    Reporter.Draft draft = reporter.draft(rule, null).section(entry.section());
    if (entry.part() != null) {
      draft.part(entry.part());
    }
    return draft;
  }

  private static void checkSequence(Reporter reporter, List<ReportIndex.Entry> group) {
    Map<NumberingStyle, List<ReportIndex.Entry>> families = new LinkedHashMap<>();
    for (ReportIndex.Entry entry : group) {
      Heading heading = entry.section().getHeading();
      if (numbered(heading)) {
        families.computeIfAbsent(family(heading.getStyle()), k -> new ArrayList<>()).add(entry);
      }
    }
    for (Map.Entry<NumberingStyle, List<ReportIndex.Entry>> family : families.entrySet()) {
      Map<Integer, ReportIndex.Entry> seen = new HashMap<>();
      int expected = 1;
      for (ReportIndex.Entry entry : family.getValue()) {
        Heading heading = entry.section().getHeading();
        int number = heading.getNumber().getAsInt();
        ReportIndex.Entry first = seen.get(number);
        if (first != null) {
          draft(reporter, NUMBERING_DUPLICATE, entry).argument("heading", heading(entry.section()))
              .argument("first", heading(first.section())).argument("label", heading.getLabel())
              .actual(heading.getLabel()).expected(label(family.getKey(), expected, heading))
              .add();
          continue;
        }
        if (number != expected) {
          String expectedLabel = label(family.getKey(), expected, heading);
          draft(reporter, NUMBERING_GAP, entry).argument("heading", heading(entry.section()))
              .argument("expected", expectedLabel).argument("actual", heading.getLabel())
              .expected(expectedLabel).actual(heading.getLabel()).add();
        }
        seen.put(number, entry);
        expected = number + 1;
      }
    }
  }

  /** The label a number should carry, in the style the heading itself uses. */
  private static String label(NumberingStyle family, int number, Heading heading) {
    NumberingStyle style = heading.getStyle();
    try {
      return (style == NumberingStyle.NONE ? family : style).format(number);
    } catch (IllegalArgumentException outOfRange) {
      return Integer.toString(number);
    }
  }

  private static void checkStyle(Reporter reporter, List<ReportIndex.Entry> group) {
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
      Reporter.Draft draft = reporter.draft(NUMBERING_STYLE, level ? "level" : null)
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
    if (!numbered(heading)) {
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
