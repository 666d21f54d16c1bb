package dev.fazhi.validation;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * What a rule is: its id, default severity, where it comes from, and the bundle its messages and
 * description are kept in, under keys that start with its id ({@code <id>.message},
 * {@code <id>.message.<variant>}, {@code <id>.description}).
 *
 * <p>Implementations are immutable and thread-safe. {@link #of(String, Severity, RuleSource)} makes
 * the descriptor of a built-in rule; {@link #builder()} one with a bundle of the user's own.
 */
@Value.Immutable
public interface RuleDescriptor {

  /** The bundle of the built-in rules' messages: {@code dev/fazhi/validation/Messages*.properties}. */
  String BUILT_IN_MESSAGES = "dev/fazhi/validation/Messages";

  /**
   * The descriptor of a rule whose messages are in the built-in bundle.
   *
   * @param id the rule id
   * @param defaultSeverity the severity unless overridden
   * @param source where the rule comes from
   * @return the descriptor
   */
  static RuleDescriptor of(String id, Severity defaultSeverity, RuleSource source) {
    return builder().id(id).defaultSeverity(defaultSeverity).source(source).build();
  }

  /**
   * Starts a builder; the source is {@link RuleSource#USER} and the bundle the built-in one unless
   * set.
   *
   * @return a new builder
   */
  static ImmutableRuleDescriptor.Builder builder() {
    return ImmutableRuleDescriptor.builder();
  }

  /**
   * The rule id, a public contract that never changes meaning once released.
   *
   * @return the id, such as {@code outline.part-missing}
   */
  String getId();

  /**
   * The severity the rule reports with unless overridden.
   *
   * @return the default severity
   */
  Severity getDefaultSeverity();

  /**
   * Where the rule comes from.
   *
   * @return the source, {@link RuleSource#USER} unless set
   */
  @Value.Default
  default RuleSource getSource() {
    return RuleSource.USER;
  }

  /**
   * The resource path of the rule's message bundle without language and extension: the English
   * {@code <path>.properties} and the Chinese {@code <path>_zh.properties}, both UTF-8, found with the
   * rule's class ({@code Class.getResourceAsStream}): in the rule's own module, or on the class path.
   *
   * @return the path, {@link #BUILT_IN_MESSAGES} unless set
   */
  @Value.Default
  default String getMessageBundle() {
    return BUILT_IN_MESSAGES;
  }

  /**
   * The key of one of the rule's messages.
   *
   * @param variant the variant, or null for the main message
   * @return {@code <id>.message}, or {@code <id>.message.<variant>}
   */
  default String messageKey(String variant) {
    return getId() + ".message" + (variant == null ? "" : "." + variant);
  }

  /**
   * What the rule checks, from key {@code <id>.description} of its bundle.
   *
   * @param locale Chinese for {@code zh}, English otherwise (never the JVM's default locale)
   * @return the description, or the id when the bundle has none
   */
  default String description(Locale locale) {
    return MessageBundle.of(getMessageBundle(), locale, getClass())
        .text(getId() + ".description").orElse(getId());
  }

  /**
   * The family of the rule: the part of the id before the first dot.
   *
   * @return the family, such as {@code outline}
   */
  default String getFamily() {
    int dot = getId().indexOf('.');
    return dot < 0 ? getId() : getId().substring(0, dot);
  }
}
