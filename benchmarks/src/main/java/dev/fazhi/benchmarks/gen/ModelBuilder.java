package dev.fazhi.benchmarks.gen;

import dev.fazhi.core.model.Amount;
import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Count;
import dev.fazhi.core.model.EmbeddedPart;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.ImmutableAmount;
import dev.fazhi.core.model.ImmutableBreakdown;
import dev.fazhi.core.model.ImmutableCount;
import dev.fazhi.core.model.ImmutableHeading;
import dev.fazhi.core.model.ImmutableParagraph;
import dev.fazhi.core.model.ImmutableRate;
import dev.fazhi.core.model.ImmutableReport;
import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.ImmutableSubset;
import dev.fazhi.core.model.ImmutableTaskCompletion;
import dev.fazhi.core.model.Issuer;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;

/** Builds the report model a generated text was written from, with the locations it was written at. */
final class ModelBuilder {

  private final Plan plan;
  private final TextRenderer.Rendered rendered;

  private ModelBuilder(Plan plan, TextRenderer.Rendered rendered) {
    this.plan = plan;
    this.rendered = rendered;
  }

  static Report build(Plan plan, TextRenderer.Rendered rendered, boolean withSourceText) {
    return new ModelBuilder(plan, rendered).build(withSourceText);
  }

  private Report build(boolean withSourceText) {
    ImmutableReport.Builder report = Report.builder()
        .issuer(Issuer.builder().name(plan.issuerName).region(plan.region).level(plan.level).build())
        .reportingYear(plan.year)
        .title(plan.title);
    if (plan.signedOn != null) {
      report.signedOn(plan.signedOn).signedOnLocation(locationOf(TextRenderer.SIGNED_ON));
    }
    if (plan.publishedOn != null) {
      report.publishedOn(plan.publishedOn).publishedOnLocation(locationOf(TextRenderer.PUBLISHED_ON));
    }
    if (plan.salutation != null) {
      report.addPreamble(Paragraph.of(plan.salutation));
    }
    for (Plan.Paragraph paragraph : plan.preamble) {
      report.addPreamble(paragraph(paragraph));
    }
    for (Plan.Section section : plan.sections) {
      report.addSections(section(section));
    }
    if (plan.embeddedPrincipalQuote != null) {
      report.putEmbeddedParts(Part.PRINCIPAL_RESPONSIBILITY, EmbeddedPart.builder()
          .embeddedIn(Part.MEASURES_AND_RESULTS).quote(plan.embeddedPrincipalQuote).build());
    }
    if (withSourceText) {
      report.sourceText(rendered.text);
    }
    return report.build();
  }

  private Section section(Plan.Section planned) {
    ImmutableHeading.Builder heading = Heading.builder().level(planned.level).style(planned.style)
        .label(planned.label()).text(planned.text);
    if (planned.style != NumberingStyle.NONE) {
      heading.number(planned.number);
    }
    ImmutableSection.Builder section = Section.builder().heading(heading.build())
        .location(java.util.Optional.ofNullable(rendered.locationOf(planned)));
    if (planned.part != null) {
      section.part(planned.part);
    }
    for (Plan.Paragraph paragraph : planned.paragraphs) {
      section.addParagraphs(paragraph(paragraph));
    }
    for (Plan.Section child : planned.children) {
      section.addSections(section(child));
    }
    return section.build();
  }

  private Paragraph paragraph(Plan.Paragraph planned) {
    ImmutableParagraph.Builder paragraph = Paragraph.builder().text(planned.text.toString())
        .location(java.util.Optional.ofNullable(rendered.locationOf(planned)));
    for (Figure figure : planned.figures) {
      paragraph.addFigures(located(figure, rendered.locationOf(figure)));
    }
    return paragraph.build();
  }

  private static Figure located(Figure figure, SourceLocation location) {
    if (location == null) {
      return figure;
    }
    if (figure instanceof TaskCompletion task) {
      return ImmutableTaskCompletion.copyOf(task).withLocation(location);
    } else if (figure instanceof Rate rate) {
      return ImmutableRate.copyOf(rate).withLocation(location);
    } else if (figure instanceof Breakdown breakdown) {
      return ImmutableBreakdown.copyOf(breakdown).withLocation(location);
    } else if (figure instanceof Subset subset) {
      return ImmutableSubset.copyOf(subset).withLocation(location);
    } else if (figure instanceof Count count) {
      return ImmutableCount.copyOf(count).withLocation(location);
    } else if (figure instanceof Amount amount) {
      return ImmutableAmount.copyOf(amount).withLocation(location);
    }
    throw new IllegalStateException("unknown figure kind " + figure.kind());
  }

  private SourceLocation locationOf(Object key) {
    return rendered.locationOf(key);
  }
}
