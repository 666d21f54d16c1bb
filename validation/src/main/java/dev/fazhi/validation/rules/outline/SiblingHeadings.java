package dev.fazhi.validation.rules.outline;

import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Section;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.internal.ReportIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups of sibling headings (the top-level sections; the children of one section) that the four
 * numbering rules judge, per GB/T 9704-2012, and the one walk of their numbers that finds duplicates
 * and gaps; computed once per report and shared.
 *
 * <p>Numbers are compared within one numbering family (a deviating label such as {@code 1、} counts as
 * the {@code 1.} it is written for), so a group that mixes levels is judged family by family.
 * Immutable once computed.
 */
final class SiblingHeadings {

  /**
   * A heading whose number repeats one before it ({@code first} is non-null) or skips ({@code first}
   * is null); {@code expected} is the label that should stand there.
   */
  record Break(ReportIndex.Entry entry, ReportIndex.Entry first, String expected) {}

  private final List<List<ReportIndex.Entry>> groups;
  private final List<Break> breaks = new ArrayList<>();

  private SiblingHeadings(ReportIndex index) {
    this.groups = siblingGroups(index);
    for (List<ReportIndex.Entry> group : groups) {
      walkNumbers(group);
    }
  }

  /** The sibling headings of the report a rule checks, computed once and shared. */
  static SiblingHeadings of(FindingSink findings) {
    return findings.shared(SiblingHeadings.class,
        report -> new SiblingHeadings(findings.shared(ReportIndex.class, ReportIndex::of)));
  }

  /** The groups of siblings, in document order. */
  List<List<ReportIndex.Entry>> groups() {
    return groups;
  }

  /** Every duplicate and gap, in document order within each group and family. */
  List<Break> breaks() {
    return breaks;
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

  static boolean numbered(Heading heading) {
    return heading.getStyle() != NumberingStyle.NONE && heading.getNumber().isPresent();
  }

  static NumberingStyle family(NumberingStyle style) {
    return style.standardForm().orElse(style);
  }

  /** Starts a finding at a heading: its section, and the part it belongs to. */
  static FindingSink.Draft draft(FindingSink findings, ReportIndex.Entry entry) {
    FindingSink.Draft draft = findings.finding().section(entry.section());
    if (entry.part() != null) {
      draft.part(entry.part());
    }
    return draft;
  }

  private void walkNumbers(List<ReportIndex.Entry> group) {
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
          breaks.add(new Break(entry, first, label(family.getKey(), expected, heading)));
          continue;
        }
        if (number != expected) {
          breaks.add(new Break(entry, null, label(family.getKey(), expected, heading)));
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
}
