package dev.fazhi.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The organ that issues a report: a government or one of its departments.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIssuer.class)
@JsonDeserialize(as = ImmutableIssuer.class)
public interface Issuer {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableIssuer.Builder builder() {
    return ImmutableIssuer.builder();
  }

  /**
   * Obtains an issuer known by name only.
   *
   * @param name the organ's name, such as {@code 花都区卫生健康局}
   * @return the issuer
   */
  static Issuer named(String name) {
    return builder().name(name).build();
  }

  /**
   * The organ's name as the report gives it, such as {@code 花都区卫生健康局}.
   *
   * @return the name
   */
  String getName();

  /**
   * The region the organ governs or serves, such as {@code 花都区}, where known.
   *
   * @return the region
   */
  Optional<String> getRegion();

  /**
   * The administrative level of the organ's government, where known.
   *
   * @return the level
   */
  Optional<AdministrativeLevel> getLevel();
}
