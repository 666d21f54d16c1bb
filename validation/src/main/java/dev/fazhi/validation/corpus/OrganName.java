package dev.fazhi.validation.corpus;

import java.util.List;
import java.util.Objects;

/**
 * An issuer's name read as an organ: the region it serves (its last unit: {@code 花都区} of
 * {@code 广州市花都区}), the organ's function in its full form ({@code 卫生健康} for 卫健局, 卫生健康委员会
 * and 卫生和计划… alike, from {@link OrganTable}) and the kind of organ its ending names (局, 委, 委员会 and
 * 厅 are one kind; 办公室 and 办 another; 人民政府 and 政府 a third). Two names stand for the same organ
 * when these three agree, so {@code 花都区卫健局}, {@code 广州市花都区卫生健康局} and
 * {@code 花都区卫生和健康委员会} are one organ.
 *
 * <p>Parsing is linear in the name's length times the table's longest entry. Instances are immutable.
 *
 * @param region the last unit of the region, empty when the name gives none
 * @param function the organ's function in its full form, empty for a people's government
 * @param kind the kind of organ
 */
record OrganName(String region, String function, String kind) {

  private static final List<String> GOVERNMENT_ENDINGS = List.of("人民政府", "政府");
  private static final List<String> AGENCY_ENDINGS = List.of("委员会", "局", "委", "厅");
  private static final List<String> OFFICE_ENDINGS = List.of("办公室", "办");
  /** Endings of a region's units, longest first. */
  private static final List<String> REGION_ENDINGS = List.of("自治区", "自治州", "自治县", "地区", "街道",
      "省", "市", "州", "盟", "区", "县", "旗", "镇", "乡");

  OrganName {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * Reads a name.
   *
   * @param name the name as written, such as {@code 花都区卫健局}
   * @param table the organs' names and short forms
   * @return the organ
   */
  static OrganName parse(String name, OrganTable table) {
    String rest = compact(name);
    String kind;
    for (String ending : GOVERNMENT_ENDINGS) {
      if (rest.endsWith(ending)) {
        return new OrganName(lastUnit(rest.substring(0, rest.length() - ending.length())), "", "政府");
      }
    }
    kind = strip(rest, AGENCY_ENDINGS);
    if (kind != null) {
      rest = rest.substring(0, rest.length() - kind.length());
      kind = "局";
    } else {
      kind = strip(rest, OFFICE_ENDINGS);
      if (kind != null) {
        rest = rest.substring(0, rest.length() - kind.length());
        kind = "办";
      } else {
        kind = "";
      }
    }
    OrganTable.Match match = table.longestEnding(rest);
    if (match != null) {
      return new OrganName(lastUnit(rest.substring(0, rest.length() - match.length())), match.function(),
          kind);
    }
    int split = regionEnd(rest);
    return new OrganName(lastUnit(rest.substring(0, split)), rest.substring(split), kind);
  }

  /**
   * Whether this name gives a region.
   *
   * @return true when the region is known
   */
  boolean hasRegion() {
    return !region.isEmpty();
  }

  /**
   * This organ in another region.
   *
   * @param otherRegion the region
   * @return the copy
   */
  OrganName inRegion(String otherRegion) {
    return new OrganName(otherRegion, function, kind);
  }

  /**
   * A key that equal organs share.
   *
   * @return the key
   */
  String key() {
    return region + "|" + function + "|" + kind;
  }

  /**
   * The name without white space, 和 and 与, which the same organ is written with and without.
   *
   * @param name the name
   * @return the compact name
   */
  static String compact(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isWhitespace(c) && c != '和' && c != '与' && c != '\u3000') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The last unit of a region: {@code 花都区} of {@code 广州市花都区}.
   *
   * @param region a region, possibly of several units
   * @return its last unit, or the whole when it has no recognisable units
   */
  static String lastUnit(String region) {
    int start = 0;
    int i = 0;
    int lastStart = 0;
    while (i < region.length()) {
      String ending = endingAt(region, i);
      if (ending != null && i - start >= 2) {
        lastStart = start;
        i += ending.length();
        start = i;
      } else {
        i++;
      }
    }
    return start < region.length() ? region.substring(start) : region.substring(lastStart);
  }

  private static String strip(String name, List<String> endings) {
    for (String ending : endings) {
      if (name.endsWith(ending) && name.length() > ending.length()) {
        return ending;
      }
    }
    return null;
  }

  private static String endingAt(String text, int i) {
    for (String ending : REGION_ENDINGS) {
      if (text.startsWith(ending, i)) {
        // 市场 (market) is an organ's word, not a city.
        if (ending.equals("市") && text.startsWith("场", i + 1)) {
          return null;
        }
        return ending;
      }
    }
    return null;
  }

  /** Where the region of a name with an unlisted function ends: after its last unit's ending. */
  private static int regionEnd(String rest) {
    int end = 0;
    int i = 0;
    while (i < rest.length()) {
      String ending = endingAt(rest, i);
      if (ending != null && i - end >= 2 && i + ending.length() < rest.length()) {
        i += ending.length();
        end = i;
      } else {
        i++;
      }
    }
    return end;
  }
}
