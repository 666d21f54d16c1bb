package dev.fazhi.validation.rules.outline;

import dev.fazhi.core.model.EmbeddedPart;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.PartStatus;
import dev.fazhi.core.model.Report;
import dev.fazhi.validation.FindingSink;
import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleCatalog;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.RuleSource;
import dev.fazhi.validation.Severity;

/**
 * outline.part-embedded: a required part has no section of its own; its content is only discussed
 * inside another part (第一责任人 duties as item 1 under the measures). Immutable and thread-safe.
 */
public final class PartEmbeddedRule implements Rule {

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of("outline.part-embedded", Severity.WARNING, RuleSource.REG);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Report report, FindingSink findings) {
    for (Part part : Part.values()) {
      PartStatus status = PartStatuses.of(findings, part);
      if (!part.isRequired() || !status.isEmbedded()) {
        continue;
      }
      EmbeddedPart embedded = status.getEmbedded().get();
      FindingSink.Draft draft = findings.finding().part(part)
          .argument("partName", RuleCatalog.partName(part, findings.getLocale()))
          .argument("containerName",
              RuleCatalog.partName(embedded.getEmbeddedIn(), findings.getLocale()));
      embedded.getQuote().ifPresent(draft::quote);
      embedded.getLocation().ifPresent(draft::near);
      draft.part(part).add();
    }
  }
}
