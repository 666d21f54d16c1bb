package dev.fazhi.core.model;

/**
 * The administrative level of the government an issuer belongs to. The regulation asks governments and
 * departments at county level and above for the annual report; towns and streets publish one too.
 */
public enum AdministrativeLevel {
  /** 国务院部门: a department of the State Council. */
  NATIONAL,
  /** 省级: a province, autonomous region or municipality directly under the central government. */
  PROVINCIAL,
  /** 市级 (地级): a prefecture-level city, prefecture or league. */
  MUNICIPAL,
  /** 县级: a county, county-level city or city district (区). */
  COUNTY,
  /**
   * 乡级: a township or town (乡/镇人民政府), or a street (街道办事处, the agency of a city district's
   * government for an urban area).
   */
  TOWNSHIP
}
