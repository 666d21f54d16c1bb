/**
 * Implementation of the validator: the catalog entries, the rule profile, the Hibernate Validator
 * bootstrap. Not part of the public API; may change without notice.
 */
package dev.fazhi.validation.internal;
