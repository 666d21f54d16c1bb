/**
 * The JSON form of the report model: {@link dev.fazhi.core.json.ReportJson} reads and writes it,
 * losslessly and strictly.
 */
package dev.fazhi.core.json;
