package dev.fazhi.validation.internal;

import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.FindingPayload;
import dev.fazhi.validation.ReportRule;
import dev.fazhi.validation.RuleContext;
import dev.fazhi.validation.Severity;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reports the findings of the report-level rules of one validation as constraint violations: the
 * built-in rules through {@link #draft(CatalogEntry, String)}, a user's rule through the
 * {@link RuleContext} of {@link #contextFor(ReportRule)}.
 */
public final class Reporter {

  /** The prefix of every built-in message key. */
  private static final String KEY_PREFIX = "dev.fazhi.rule.";

  private final Violations violations;
  private final ReportIndex index;
  private final RuleProfile profile;
  private final Locale locale;

  /**
   * Creates a reporter.
   *
   * @param violations where violations go
   * @param index the report's index
   * @param profile the rule profile
   * @param locale the locale messages are rendered in
   */
  public Reporter(Violations violations, ReportIndex index, RuleProfile profile, Locale locale) {
    this.violations = violations;
    this.index = index;
    this.profile = profile;
    this.locale = locale;
  }

  /**
   * The report.
   *
   * @return the report
   */
  public Report report() {
    return index.report();
  }

  /**
   * The report's index.
   *
   * @return the index
   */
  public ReportIndex index() {
    return index;
  }

  /**
   * The rule profile.
   *
   * @return the profile
   */
  public RuleProfile profile() {
    return profile;
  }

  /**
   * The locale messages are rendered in.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Whether a built-in rule runs.
   *
   * @param entry the rule
   * @return true unless switched off
   */
  public boolean enabled(CatalogEntry entry) {
    return profile.isEnabled(entry.getId());
  }

  /**
   * The message key of a built-in rule's message: {@code dev.fazhi.rule.ID}, or
   * {@code dev.fazhi.rule.ID.VARIANT} for a variant.
   *
   * @param entry the rule
   * @param variant the message variant, or null for the rule's main message
   * @return the key in the {@code ContributorValidationMessages} bundles
   */
  public static String messageKey(CatalogEntry entry, String variant) {
    return KEY_PREFIX + entry.getId() + (variant == null ? "" : "." + variant);
  }

  /**
   * Starts a finding of a built-in rule.
   *
   * @param entry the rule
   * @param variant the message variant appended to the key, or null for the rule's main message
   * @return the draft; {@link Draft#add()} does nothing when the rule is switched off
   */
  public Draft draft(CatalogEntry entry, String variant) {
    String key = messageKey(entry, variant);
    return new Draft(entry.getId(), profile.severityOf(entry), "{" + key + "}", key,
        enabled(entry));
  }

  /**
   * The context a user's rule reports through.
   *
   * @param rule the rule
   * @return the context
   */
  public RuleContext contextFor(ReportRule rule) {
    Severity severity = profile.severityOf(rule);
    String id = rule.getId();
    return new RuleContext() {
      @Override
      public MonthDay getDeadline() {
        return profile.getDeadline();
      }

      @Override
      public Locale getLocale() {
        return locale;
      }

      @Override
      public Optional<String> headingPath(Section section) {
        return index.entry(section).map(ReportIndex.Entry::headingPath);
      }

      @Override
      public RuleContext.Draft finding(String messageTemplate) {
        String key = messageTemplate.startsWith("{") && messageTemplate.endsWith("}")
            && messageTemplate.indexOf('{', 1) < 0
            ? messageTemplate.substring(1, messageTemplate.length() - 1) : messageTemplate;
        return new Reporter.Draft(id, severity, messageTemplate, key, true);
      }
    };
  }

  /** A finding being reported; also the {@link RuleContext.Draft} of user rules. */
  public final class Draft implements RuleContext.Draft {
    private final FindingPayload.Builder payload;
    private final String template;
    private final boolean enabled;
    private List<PathStep> path = List.of();
    private boolean located;
    private boolean sectioned;
    private boolean quoted;
    private boolean parted;

    private Draft(String rule, Severity severity, String template, String key, boolean enabled) {
      this.payload = FindingPayload.builder(rule, severity).messageKey(key);
      this.template = template;
      this.enabled = enabled;
    }

    @Override
    public Draft argument(String name, Object value) {
      payload.argument(name, value);
      return this;
    }

    @Override
    public Draft expected(String value) {
      payload.expected(value);
      return this;
    }

    @Override
    public Draft actual(String value) {
      payload.actual(value);
      return this;
    }

    @Override
    public Draft imbalance(BigDecimal value) {
      payload.imbalance(value);
      return this;
    }

    @Override
    public Draft part(Part part) {
      payload.part(part);
      parted = part != null;
      return this;
    }

    @Override
    public Draft section(Section section) {
      Optional<ReportIndex.Entry> entry = index.entry(section);
      if (!located) {
        section.getLocation().ifPresent(this::location);
      }
      if (!sectioned && entry.isPresent()) {
        payload.section(entry.get().headingPath());
        sectioned = true;
      }
      if (!parted && entry.isPresent() && entry.get().part() != null) {
        payload.part(entry.get().part());
      }
      if (!quoted) {
        quote(ReportIndex.shorten(section.getHeading().fullText().strip()));
      }
      if (path.isEmpty() && entry.isPresent()) {
        List<PathStep> steps = new ArrayList<>(entry.get().path());
        steps.add(PathStep.property("heading"));
        path = List.copyOf(steps);
      }
      return this;
    }

    @Override
    public Draft location(SourceLocation location) {
      payload.location(location);
      located = location != null;
      return this;
    }

    @Override
    public Draft quote(String quote) {
      payload.quote(quote);
      quoted = quote != null;
      return this;
    }

    /**
     * Places the finding at an offset of the source text: location, the section it falls in, and the
     * property path {@code sourceText[offset]} (so that two findings of one rule at different places
     * stay two constraint violations).
     *
     * @param offset a 0-based offset into the source text
     * @return this draft
     */
    public Draft at(int offset) {
      location(index.locate(offset));
      sectionAt(offset);
      if (path.isEmpty()) {
        path = List.of(PathStep.element("sourceText", offset));
      }
      return this;
    }

    /**
     * Places the finding at a location that was recorded in the report, with or without source text:
     * the location, and the heading path and part of the section it falls in (found by the offsets of
     * the sections' own locations).
     *
     * @param location the location
     * @return this draft
     */
    public Draft near(SourceLocation location) {
      location(location);
      sectionAt(location.getOffset());
      return this;
    }

    private void sectionAt(int offset) {
      index.sectionAt(offset).ifPresent(e -> {
        payload.section(e.headingPath());
        sectioned = true;
        if (!parted && e.part() != null) {
          payload.part(e.part());
        }
      });
    }

    /**
     * Sets the property path below the report.
     *
     * @param steps the steps
     * @return this draft
     */
    public Draft path(List<PathStep> steps) {
      this.path = List.copyOf(steps);
      return this;
    }

    /**
     * Sets the heading path directly.
     *
     * @param headingPath the path
     * @return this draft
     */
    public Draft headingPath(String headingPath) {
      payload.section(headingPath);
      sectioned = headingPath != null;
      return this;
    }

    @Override
    public void add() {
      if (enabled) {
        violations.add(payload.build(), template, path);
      }
    }
  }
}
