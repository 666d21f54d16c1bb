package dev.fazhi.validation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One enabled rule's message keys and texts, each made once per validator instead of once per
 * finding: a finding's key is {@link RuleDescriptor#messageKey} (a string joined anew each time) and
 * its text the bundle's under that key (a lookup hashing that new string). Both are pure functions of
 * the variant, since descriptors are immutable and a bundle is read once and kept. Thread-safe: the
 * validator's threads share it.
 */
final class RuleMessages {

  /**
   * A message key and the bundle's text under it.
   *
   * @param key the key, as {@link RuleDescriptor#messageKey} gives it
   * @param text the text in the bundle's language (else English), or null when the bundle has none
   */
  record Message(String key, String text) {}

  private final RuleDescriptor descriptor;
  private final MessageBundle bundle;
  /** The message without a variant, made on first use (a race makes it twice, equal). */
  private volatile Message plain;
  /** The messages of the variants met so far. */
  private final Map<String, Message> variants = new ConcurrentHashMap<>();

  RuleMessages(RuleDescriptor descriptor, MessageBundle bundle) {
    this.descriptor = descriptor;
    this.bundle = bundle;
  }

  /**
   * The message of a variant.
   *
   * @param variant the variant, or null for the rule's plain message
   * @return its key and text
   */
  Message of(String variant) {
    if (variant == null) {
      Message message = plain;
      if (message == null) {
        message = make(null);
        plain = message;
      }
      return message;
    }
    Message message = variants.get(variant);
    return message != null ? message : variants.computeIfAbsent(variant, this::make);
  }

  private Message make(String variant) {
    String key = descriptor.messageKey(variant);
    return new Message(key, bundle.text(key).orElse(null));
  }
}
