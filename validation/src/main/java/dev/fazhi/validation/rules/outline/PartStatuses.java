package dev.fazhi.validation.rules.outline;

import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.PartStatus;
import dev.fazhi.validation.FindingSink;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where the report holds each of the five parts ({@code Report.partStatuses}), asked once per report
 * and shared by the part rules. Immutable once computed.
 */
final class PartStatuses {

  private final Map<Part, PartStatus> byPart = new EnumMap<>(Part.class);

  private PartStatuses() {}

  /** The statuses of the report a rule checks. */
  static PartStatus of(FindingSink findings, Part part) {
    return findings.shared(PartStatuses.class, report -> {
      PartStatuses statuses = new PartStatuses();
      statuses.byPart.putAll(report.partStatuses());
      return statuses;
    }).byPart.get(part);
  }
}
