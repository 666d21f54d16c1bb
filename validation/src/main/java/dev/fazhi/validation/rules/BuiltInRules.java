package dev.fazhi.validation.rules;

import dev.fazhi.validation.Rule;
import dev.fazhi.validation.RuleSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The built-in rules in catalog order (outline, meta, metric, text), found without a list to keep:
 * every {@code <id>.description} of the English message bundle ({@code
 * dev/fazhi/validation/Messages.properties}) whose family is one of {@link #FAMILIES} names a rule, in
 * the order the bundle lists them, and the rule is the class its id names by convention ({@link
 * #className(String)}: {@code metric.breakdown-sum} → {@code
 * dev.fazhi.validation.rules.metric.BreakdownSumRule}), made with its public no-argument constructor.
 * So a new built-in rule is its class, its test and its texts, and nothing else. A description with no
 * class, or a class whose descriptor gives another id, fails on first use with the name it looked for.
 *
 * <p>Found by {@link dev.fazhi.validation.RuleCatalog} as a {@link RuleSet} service. The rules are made
 * once, when the class is first used. Immutable and thread-safe.
 */
public final class BuiltInRules implements RuleSet {

  /** The families of per-report rules, each a package under this one. */
  public static final Set<String> FAMILIES = Set.of("outline", "meta", "metric", "text");

  /** The English bundle of the built-in rules, whose {@code <id>.description} keys list them. */
  static final String BUNDLE = "/dev/fazhi/validation/Messages.properties";

  private static final String SUFFIX = ".description";

  private static final List<Rule> RULES = make(ids());

  /** Creates the set; the service loader calls this. */
  public BuiltInRules() {}

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  /**
   * The ids of the built-in per-report rules, in the order the English bundle describes them.
   *
   * @return an unmodifiable list
   */
  public static List<String> ids() {
    List<String> ids = new ArrayList<>();
    try (InputStream in = BuiltInRules.class.getResourceAsStream(BUNDLE)) {
      if (in == null) {
        throw new IllegalStateException("the message bundle " + BUNDLE + " is missing");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean continued = false;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        boolean key = !continued;
        continued = endsInContinuation(line);
        if (!key) {
          continue;
        }
        int end = line.indexOf('=');
        if (end > 0 && line.startsWith(SUFFIX, end - SUFFIX.length())) {
          String id = line.substring(0, end - SUFFIX.length());
          int dot = id.indexOf('.');
          if (dot > 0 && FAMILIES.contains(id.substring(0, dot))) {
            ids.add(id);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUNDLE, e);
    }
    return List.copyOf(ids);
  }

  /** Whether a properties line goes on in the next (an odd number of backslashes at its end). */
  private static boolean endsInContinuation(String line) {
    int backslashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /**
   * The class a built-in rule id names: the family's package under this one, and the rest of the id in
   * upper camel case followed by {@code Rule} ({@code text.doubled-punctuation} →
   * {@code dev.fazhi.validation.rules.text.DoubledPunctuationRule}).
   *
   * @param id the rule id, {@code <family>.<name>}
   * @return the binary name of the class
   */
  public static String className(String id) {
    int dot = id.indexOf('.');
    if (dot <= 0 || dot == id.length() - 1) {
      throw new IllegalArgumentException("not a rule id: " + id);
    }
    StringBuilder name = new StringBuilder(BuiltInRules.class.getPackageName()).append('.')
        .append(id, 0, dot).append('.');
    boolean upper = true;
    for (int i = dot + 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '-') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.append("Rule").toString();
  }

  private static List<Rule> make(List<String> ids) {
    List<Rule> rules = new ArrayList<>(ids.size());
    for (String id : ids) {
      String name = className(id);
      Rule rule;
      try {
        rule = Class.forName(name, true, BuiltInRules.class.getClassLoader()).asSubclass(Rule.class)
            .getConstructor().newInstance();
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(BUNDLE + " describes the rule " + id
            + ", but there is no class " + name, e);
      } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
          | InvocationTargetException | ClassCastException e) {
        throw new IllegalStateException("the rule " + id + " must be a public class " + name
            + " implementing Rule with a public no-argument constructor", e);
      }
      if (!rule.descriptor().getId().equals(id)) {
        throw new IllegalStateException(name + " gives the id " + rule.descriptor().getId()
            + ", but its name says " + id);
      }
      rules.add(rule);
    }
    return List.copyOf(rules);
  }
}
