package dev.fazhi.validation.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The issuers that must publish a report each year, read from CSV: one issuer a line,
 * {@code issuer[,level,region,aliases]}, aliases separated by {@code |}, {@code ;} or {@code 、}. A
 * first line whose first cell is {@code issuer} (or 发布机关, 单位, 机关) is a header. Fields may be
 * quoted as RFC 4180 says ({@code "a, b"}, {@code ""} for a quote inside).
 *
 * <p>Names are matched as organs ({@link OrganName}): {@code 花都区卫健局} in a report is the roster's
 * {@code 花都区卫生健康局}. An entry without a region in its name takes the region column's.
 *
 * <p>Parsing is linear in the text. Instances are immutable and thread-safe.
 */
public final class Roster {

  private static final Set<String> HEADERS = Set.of("issuer", "name", "发布机关", "单位", "机关", "单位名称",
      "机关名称");

  private final List<RosterEntry> entries;
  private final Map<String, RosterEntry> byKey;
  private final Map<String, List<RosterEntry>> byFunction;

  private Roster(List<RosterEntry> entries, Map<String, RosterEntry> byKey,
      Map<String, List<RosterEntry>> byFunction) {
    this.entries = List.copyOf(entries);
    this.byKey = Map.copyOf(byKey);
    this.byFunction = Map.copyOf(byFunction);
  }

  /**
   * An empty roster: nobody must publish.
   *
   * @return the roster
   */
  public static Roster empty() {
    return new Roster(List.of(), Map.of(), Map.of());
  }

  /**
   * Reads a roster.
   *
   * @param csv the CSV text
   * @return the roster
   * @throws RosterException naming the line, when the text is not valid CSV, lists an issuer twice or
   *     has an empty name or too many fields
   */
  public static Roster parse(String csv) throws RosterException {
    OrganTable table = OrganTable.builtIn();
    List<RosterEntry> entries = new ArrayList<>();
    Map<String, RosterEntry> byKey = new HashMap<>();
    Map<String, List<RosterEntry>> byFunction = new HashMap<>();
    List<CsvLines.Row> rows = CsvLines.parse(csv);
    for (CsvLines.Row row : rows) {
      List<String> cells = row.cells();
      if (cells.size() == 1 && cells.get(0).isBlank()) {
        continue;
      }
      if (entries.isEmpty() && byKey.isEmpty() && HEADERS.contains(cells.get(0).strip().toLowerCase())) {
        continue;
      }
      if (cells.size() > 4) {
        throw new RosterException(row.line(), "roster.too-many-fields", Integer.toString(cells.size()));
      }
      String issuer = cells.get(0).strip();
      if (issuer.isEmpty()) {
        throw new RosterException(row.line(), "roster.empty-name");
      }
      String level = cells.size() > 1 ? cells.get(1).strip() : "";
      String region = cells.size() > 2 ? cells.get(2).strip() : "";
      List<String> aliases = new ArrayList<>();
      if (cells.size() > 3) {
        for (String alias : cells.get(3).split("[|;；、]")) {
          if (!alias.isBlank()) {
            aliases.add(alias.strip());
          }
        }
      }
      RosterEntry entry = new RosterEntry(row.line(), issuer, level, region, aliases);
      Set<String> keys = new LinkedHashSet<>();
      for (String name : names(entry)) {
        keys.add(organ(name, region, table).key());
      }
      for (String key : keys) {
        RosterEntry earlier = byKey.get(key);
        if (earlier != null) {
          throw new RosterException(row.line(), "roster.duplicate", issuer, Integer.toString(earlier.line()),
              earlier.issuer());
        }
      }
      for (String key : keys) {
        byKey.put(key, entry);
        byFunction.computeIfAbsent(key.substring(key.indexOf('|') + 1), k -> new ArrayList<>()).add(entry);
      }
      entries.add(entry);
    }
    return new Roster(entries, byKey, byFunction);
  }

  /**
   * The issuers, in the roster's order.
   *
   * @return an unmodifiable list
   */
  public List<RosterEntry> entries() {
    return entries;
  }

  /**
   * Whether nobody is listed.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * The entry an issuer's name stands for, matched as an organ; a name without a region matches when
   * only one entry has that function.
   *
   * @param name the issuer's name as a report gives it
   * @return the entry, or empty
   */
  public Optional<RosterEntry> find(String name) {
    return find(OrganName.parse(name, OrganTable.builtIn()));
  }

  Optional<RosterEntry> find(OrganName organ) {
    RosterEntry entry = byKey.get(organ.key());
    if (entry != null) {
      return Optional.of(entry);
    }
    if (!organ.hasRegion()) {
      List<RosterEntry> candidates = byFunction.getOrDefault(organ.function() + "|" + organ.kind(), List.of());
      if (candidates.size() == 1) {
        return Optional.of(candidates.get(0));
      }
    }
    return Optional.empty();
  }

  private static List<String> names(RosterEntry entry) {
    List<String> names = new ArrayList<>();
    names.add(entry.issuer());
    names.addAll(entry.aliases());
    return names;
  }

  private static OrganName organ(String name, String region, OrganTable table) {
    OrganName organ = OrganName.parse(name, table);
    return organ.hasRegion() || region.isEmpty() ? organ : organ.inRegion(OrganName.lastUnit(region));
  }
}
