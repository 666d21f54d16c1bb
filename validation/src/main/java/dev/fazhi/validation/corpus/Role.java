package dev.fazhi.validation.corpus;

/** What a report is in a set: one being checked, or an earlier year's report it is compared with. */
public enum Role {
  /** A report being checked: findings stand in it. */
  CHECKED,
  /** An earlier report (history): read and compared with, never reported on. */
  HISTORY
}
