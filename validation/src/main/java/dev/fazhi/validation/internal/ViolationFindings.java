package dev.fazhi.validation.internal;

import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.FindingPayload;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns constraint violations raised by the Fazhi constraints into findings: the payload rides on the
 * violation as Hibernate Validator's dynamic payload; what a figure validator cannot know (the heading
 * path and part of the section the figure stands in, the figure's location for a property constraint)
 * is resolved from the violation's property path and leaf bean.
 */
public final class ViolationFindings {

  private ViolationFindings() {}

  /**
   * Reads the finding a violation stands for.
   *
   * @param violation the violation
   * @return the finding, or empty when the violation carries no Fazhi payload
   */
  public static Optional<Finding> toFinding(ConstraintViolation<?> violation) {
    return FindingPayload.of(violation)
        .map(payload -> complete(payload, violation).toFinding(violation.getMessage()));
  }

  private static FindingPayload complete(FindingPayload payload, ConstraintViolation<?> violation) {
    boolean needsSection = payload.getSection().isEmpty() || payload.getPart().isEmpty();
    boolean needsFigure = payload.getLocation().isEmpty() || payload.getQuote().isEmpty();
    if (!needsSection && !needsFigure) {
      return payload;
    }
    FindingPayload.Builder builder = payload.toBuilder();
    if (needsFigure && violation.getLeafBean() instanceof Figure figure) {
      if (payload.getLocation().isEmpty()) {
        figure.getLocation().ifPresent(builder::location);
      }
      if (payload.getQuote().isEmpty()) {
        figure.getQuote().ifPresent(q -> builder.quote(ReportIndex.shorten(q)));
      }
    }
    if (needsSection && violation.getRootBean() instanceof Report report) {
      List<Section> chain = sectionChain(report, violation.getPropertyPath());
      if (!chain.isEmpty()) {
        String headingPath = null;
        Part part = null;
        for (Section section : chain) {
          headingPath = ReportIndex.headingPath(headingPath, section);
          part = ReportIndex.partOf(part, section);
        }
        if (payload.getSection().isEmpty()) {
          builder.section(headingPath);
        }
        if (payload.getPart().isEmpty()) {
          builder.part(part);
        }
      }
    }
    return builder.build();
  }

  /** The sections a property path passes through, from the top level down. */
  private static List<Section> sectionChain(Report report, Path path) {
    List<Section> chain = new ArrayList<>();
    String previous = null;
    Section current = null;
    for (Path.Node node : path) {
      if ("sections".equals(previous) && node.isInIterable() && node.getIndex() != null) {
        List<Section> level = current == null ? report.getSections() : current.getSections();
        int index = node.getIndex();
        if (index < 0 || index >= level.size()) {
          break;
        }
        current = level.get(index);
        chain.add(current);
      } else if (previous != null && !"sections".equals(previous)) {
        break;
      }
      previous = node.getName();
    }
    return chain;
  }
}
