package dev.fazhi.validation;

import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.internal.ReportIndex;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@link FindingSink} of one validation: collects the findings of every rule over one report,
 * each built once with its message rendered, and keeps what rules share (the report's index, fused
 * passes) for the length of the validation. Not thread-safe: one validation, one collector.
 */
final class FindingCollector implements FindingSink {

  private final Report report;
  private final ReportIndex index;
  private final RuleSettings settings;
  private final Map<Class<?>, Object> shared = new HashMap<>();
  private final List<Finding> findings = new ArrayList<>();
  private RuleSettings.Enabled current;
  private MessageBundle bundle;

  FindingCollector(Report report, RuleSettings settings) {
    this.report = report;
    this.settings = settings;
    this.index = ReportIndex.of(report);
    shared.put(ReportIndex.class, index);
  }

  /** Makes the sink serve a rule; every draft started from now on is this rule's. */
  void serve(RuleSettings.Enabled rule) {
    this.current = rule;
    this.bundle = rule.bundle();
  }

  /** The findings collected so far, unsorted. */
  List<Finding> findings() {
    return findings;
  }

  @Override
  public MonthDay getDeadline() {
    return settings.getDeadline();
  }

  @Override
  public Locale getLocale() {
    return settings.getLocale();
  }

  @Override
  public Optional<String> headingPath(Section section) {
    return index.entry(section).map(ReportIndex.Entry::headingPath);
  }

  @Override
  public String text(String key) {
    return bundle.text(key).orElseThrow(() -> new IllegalArgumentException(
        "no text '" + key + "' in " + current.descriptor().getMessageBundle()));
  }

  @Override
  public <T> T shared(Class<T> type, Function<Report, ? extends T> compute) {
    Object value = shared.get(type);
    if (value == null) {
      value = Objects.requireNonNull(compute.apply(report), "shared value");
      shared.put(type, value);
    }
    return type.cast(value);
  }

  @Override
  public Draft finding() {
    return new CollectedDraft(null);
  }

  @Override
  public Draft finding(String variant) {
    return new CollectedDraft(Objects.requireNonNull(variant, "variant"));
  }

  /** A finding being reported: every field of the finding until {@link #add()} builds it. */
  private final class CollectedDraft implements Draft {
    private final RuleMessages.Message message;
    private final Map<String, Object> arguments = new LinkedHashMap<>();
    private String template;
    private String expected;
    private String actual;
    private BigDecimal imbalance;
    private Part part;
    private SourceLocation location;
    private String section;
    private String quote;

    CollectedDraft(String variant) {
      this.message = current.messages().of(variant);
    }

    @Override
    public Draft argument(String name, Object value) {
      arguments.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name));
      return this;
    }

    @Override
    public Draft message(String text) {
      this.template = Objects.requireNonNull(text, "template");
      return this;
    }

    @Override
    public Draft expected(String value) {
      this.expected = value;
      return this;
    }

    @Override
    public Draft actual(String value) {
      this.actual = value;
      return this;
    }

    @Override
    public Draft imbalance(BigDecimal value) {
      this.imbalance = value;
      return this;
    }

    @Override
    public Draft part(Part value) {
      this.part = value;
      return this;
    }

    @Override
    public Draft section(Section at) {
      Optional<ReportIndex.Entry> entry = index.entry(at);
      if (location == null) {
        location = at.getLocation().orElse(null);
      }
      entry.ifPresent(this::within);
      if (quote == null) {
        quote = ReportIndex.shorten(at.getHeading().fullText().strip());
      }
      return this;
    }

    @Override
    public Draft figure(Figure figure) {
      if (location == null) {
        location = figure.getLocation().orElse(null);
      }
      if (quote == null) {
        quote = figure.getQuote().map(ReportIndex::shorten).orElse(null);
      }
      index.entryOf(figure).ifPresent(this::within);
      return this;
    }

    @Override
    public Draft at(int offset) {
      location = index.locate(offset);
      index.sectionAt(offset).ifPresent(this::within);
      return this;
    }

    @Override
    public Draft near(SourceLocation at) {
      location = at;
      index.sectionAt(at.getOffset()).ifPresent(this::within);
      return this;
    }

    /** Takes the heading path and part of the section the finding stands in, unless set. */
    private void within(ReportIndex.Entry entry) {
      if (section == null) {
        section = entry.headingPath();
      }
      if (part == null) {
        part = entry.part();
      }
    }

    @Override
    public Draft location(SourceLocation value) {
      this.location = value;
      return this;
    }

    @Override
    public Draft headingPath(String value) {
      this.section = value;
      return this;
    }

    @Override
    public Draft quote(String value) {
      this.quote = value;
      return this;
    }

    @Override
    public void add() {
      String text = template != null ? template : message.text();
      if (text == null) {
        throw new IllegalStateException("no message '" + message.key() + "' in "
            + current.descriptor().getMessageBundle());
      }
      findings.add(ImmutableFinding.builder()
          .rule(current.descriptor().getId())
          .severity(current.severity())
          .message(template != null ? MessageBundle.render(text, arguments)
              : bundle.renderText(text, arguments))
          .messageKey(template != null ? current.descriptor().getId() : message.key())
          .arguments(arguments)
          .expected(Optional.ofNullable(expected))
          .actual(Optional.ofNullable(actual))
          .imbalance(Optional.ofNullable(imbalance))
          .part(Optional.ofNullable(part))
          .location(Optional.ofNullable(location))
          .section(Optional.ofNullable(section))
          .quote(Optional.ofNullable(quote))
          .build());
    }
  }
}
