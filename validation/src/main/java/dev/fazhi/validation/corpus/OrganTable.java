package dev.fazhi.validation.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The organs' functional names and their short forms ({@code 卫健} for {@code 卫生健康}), read from the
 * readable table {@code organs.txt} beside this class. Immutable and thread-safe once built.
 */
final class OrganTable {

  /**
   * A name found at the end of a text.
   *
   * @param function the full functional name
   * @param length how many characters of the text it took
   */
  record Match(String function, int length) {}

  private static final OrganTable BUILT_IN = load();

  private final Map<String, String> fullForms;
  private final int longest;

  private OrganTable(Map<String, String> fullForms) {
    this.fullForms = Map.copyOf(fullForms);
    this.longest = fullForms.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /**
   * The built-in table.
   *
   * @return the table
   */
  static OrganTable builtIn() {
    return BUILT_IN;
  }

  /**
   * The longest listed name that ends a text, with its full form.
   *
   * @param text the text, 和 already removed
   * @return the match, or null
   */
  Match longestEnding(String text) {
    for (int length = Math.min(longest, text.length()); length >= 2; length--) {
      String full = fullForms.get(text.substring(text.length() - length));
      if (full != null) {
        return new Match(full, length);
      }
    }
    return null;
  }

  private static OrganTable load() {
    Map<String, String> forms = new HashMap<>();
    try (InputStream in = OrganTable.class.getResourceAsStream("organs.txt")) {
      if (in == null) {
        throw new IllegalStateException("organs.txt missing beside " + OrganTable.class.getName());
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] names = line.split("\\s+");
        for (String name : names) {
          forms.put(name, names[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new OrganTable(forms);
  }
}
