package dev.fazhi.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Where something stands in the source text a report was read from.
 *
 * <p>{@code line} and {@code column} are 1-based and count characters (UTF-16 code units) of the text
 * as read, after decoding; {@code offset} is the 0-based character offset from the start of the text.
 * Values are not checked against each other: a location is a fact about a text, not a computation.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSourceLocation.class)
@JsonDeserialize(as = ImmutableSourceLocation.class)
public interface SourceLocation extends Comparable<SourceLocation> {

  /**
   * Obtains a location.
   *
   * @param line the 1-based line
   * @param column the 1-based column
   * @param offset the 0-based character offset
   * @return the location
   */
  static SourceLocation of(int line, int column, int offset) {
    return ImmutableSourceLocation.of(line, column, offset);
  }

  /**
   * The 1-based line.
   *
   * @return the line
   */
  @Value.Parameter
  int getLine();

  /**
   * The 1-based column, in characters.
   *
   * @return the column
   */
  @Value.Parameter
  int getColumn();

  /**
   * The 0-based character offset from the start of the text.
   *
   * @return the offset
   */
  @Value.Parameter
  int getOffset();

  /**
   * Orders locations by offset, then line, then column.
   *
   * @param other the other location
   * @return a negative number, zero or a positive number
   */
  @Override
  default int compareTo(SourceLocation other) {
    int byOffset = Integer.compare(getOffset(), other.getOffset());
    if (byOffset != 0) {
      return byOffset;
    }
    int byLine = Integer.compare(getLine(), other.getLine());
    return byLine != 0 ? byLine : Integer.compare(getColumn(), other.getColumn());
  }
}
