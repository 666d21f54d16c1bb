package dev.fazhi.validation.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One issuer that must publish, as a roster lists it.
 *
 * @param line the roster line it stands on, from 1
 * @param issuer the name as listed
 * @param level the administrative level as listed, empty when not given
 * @param region the region as listed, empty when not given
 * @param aliases other names the issuer is written with, such as {@code 卫健局} for {@code 卫生健康局}
 */
public record RosterEntry(int line, String issuer, String level, String region, List<String> aliases) {

  /**
   * Checks the fields.
   *
   * @param line see the record
   * @param issuer see the record
   * @param level see the record
   * @param region see the record
   * @param aliases see the record
   */
  public RosterEntry {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(region, "region");
    aliases = List.copyOf(aliases);
  }
}
