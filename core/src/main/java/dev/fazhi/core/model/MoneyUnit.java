package dev.fazhi.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/**
 * The unit an amount of money was written in.
 */
public enum MoneyUnit {
  /** 元. */
  YUAN("元", BigDecimal.ONE),
  /** 万元: ten thousand yuan. */
  WAN_YUAN("万元", BigDecimal.valueOf(10_000)),
  /** 亿元: a hundred million yuan. */
  YI_YUAN("亿元", BigDecimal.valueOf(100_000_000));

  private final String symbol;
  private final BigDecimal yuan;

  MoneyUnit(String symbol, BigDecimal yuan) {
    this.symbol = symbol;
    this.yuan = yuan;
  }

  /**
   * The unit as written, such as {@code 万元}; this is also its JSON form.
   *
   * @return the symbol
   */
  @JsonValue
  public String symbol() {
    return symbol;
  }

  /**
   * How many yuan one of this unit is.
   *
   * @return the factor, exact
   */
  public BigDecimal yuan() {
    return yuan;
  }

  /**
   * Converts a value written in this unit into exact yuan.
   *
   * @param stated the value as written
   * @return the value in yuan, exact
   */
  public BigDecimal toYuan(BigDecimal stated) {
    return this == YUAN ? stated : stated.multiply(yuan);
  }

  /**
   * Finds a unit by its symbol.
   *
   * @param symbol {@code 元}, {@code 万元} or {@code 亿元}
   * @return the unit
   * @throws IllegalArgumentException if the symbol is none of these
   */
  @JsonCreator
  public static MoneyUnit ofSymbol(String symbol) {
    for (MoneyUnit unit : values()) {
      if (unit.symbol.equals(symbol)) {
        return unit;
      }
    }
    throw new IllegalArgumentException("unknown money unit '" + symbol + "': expected 元, 万元 or 亿元");
  }
}
