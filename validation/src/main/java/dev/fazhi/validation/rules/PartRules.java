package dev.fazhi.validation.rules;

import static dev.fazhi.validation.internal.CatalogEntry.PART_EMBEDDED;
import static dev.fazhi.validation.internal.CatalogEntry.PART_EMPTY;
import static dev.fazhi.validation.internal.CatalogEntry.PART_MISSING;
import static dev.fazhi.validation.internal.CatalogEntry.PART_ORDER;

import dev.fazhi.core.model.EmbeddedPart;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.validation.internal.Names;
import dev.fazhi.validation.internal.PathStep;
import dev.fazhi.validation.internal.ReportIndex;
import dev.fazhi.validation.internal.Reporter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * outline.part-missing, outline.part-embedded, outline.part-order and outline.part-empty: the five parts
 * the regulation asks for, as the report's sections and embedded parts show them.
 */
final class PartRules implements RuleGroup {

  @Override
  public void check(Reporter reporter) {
    Report report = reporter.report();
    Map<Part, ReportIndex.Entry> firstSection = new EnumMap<>(Part.class);
    for (ReportIndex.Entry entry : reporter.index().entries()) {
      entry.section().getPart().ifPresent(part -> firstSection.putIfAbsent(part, entry));
    }
    for (Part part : Part.values()) {
      if (!part.isRequired() || firstSection.containsKey(part)) {
        continue;
      }
      EmbeddedPart embedded = report.getEmbeddedParts().get(part);
      if (embedded == null) {
        reporter.draft(PART_MISSING, null).part(part)
            .argument("partName", Names.part(part, reporter.locale())).add();
      } else {
        Reporter.Draft draft = reporter.draft(PART_EMBEDDED, null).part(part)
            .argument("partName", Names.part(part, reporter.locale()))
            .argument("containerName", Names.part(embedded.getEmbeddedIn(), reporter.locale()))
            .path(List.of(PathStep.property("embeddedParts")));
        embedded.getQuote().ifPresent(draft::quote);
        embedded.getLocation().ifPresent(draft::near);
        draft.part(part).add();
      }
    }
    checkOrder(reporter, firstSection);
    checkEmpty(reporter);
  }

  private static void checkOrder(Reporter reporter, Map<Part, ReportIndex.Entry> firstSection) {
    List<ReportIndex.Entry> sequence = new ArrayList<>();
    for (ReportIndex.Entry entry : reporter.index().entries()) {
      Part part = entry.section().getPart().orElse(null);
      if (part != null && part.isRequired() && firstSection.get(part) == entry) {
        sequence.add(entry);
      }
    }
    Part latest = null;
    for (ReportIndex.Entry entry : sequence) {
      Part part = entry.section().getPart().get();
      if (latest != null && part.ordinal() < latest.ordinal()) {
        reporter.draft(PART_ORDER, null).section(entry.section()).part(part)
            .argument("partName", Names.part(part, reporter.locale()))
            .argument("afterName", Names.part(latest, reporter.locale()))
            .expected(part.name() + " < " + latest.name()).actual(latest.name() + " < " + part.name())
            .add();
      } else {
        latest = part;
      }
    }
  }

  private static void checkEmpty(Reporter reporter) {
    for (ReportIndex.Entry entry : reporter.index().entries()) {
      Section section = entry.section();
      if (section.getPart().isPresent() && isBlank(section)) {
        reporter.draft(PART_EMPTY, null).section(section).part(section.getPart().get())
            .argument("heading", ReportIndex.shorten(section.getHeading().fullText().strip())).add();
      }
    }
  }

  private static boolean isBlank(Section section) {
    if (!section.getSections().isEmpty()) {
      return false;
    }
    return section.getParagraphs().stream().allMatch(p -> ReportIndex.strip(p.getText()).isEmpty());
  }
}
