/**
 * The findings JSON: checked reports and their findings in the stable JSON shape of the command's
 * {@code --format json} ({@link dev.fazhi.validation.json.FindingsJson}), written whole or a report
 * at a time ({@link dev.fazhi.validation.json.FindingsJsonWriter}), with its JSON Schema.
 */
package dev.fazhi.validation.json;
