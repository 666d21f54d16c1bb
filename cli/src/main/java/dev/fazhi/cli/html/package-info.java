/**
 * {@code fazhi check --format html}: a page per report (the report as read, its findings marked and
 * listed, its parts, metadata and figures) and a dashboard over a run ({@code index.html}, with
 * ECharts), every text from a report escaped, everything offline. Reads the command's results through
 * {@code dev.fazhi.cli.result}.
 */
package dev.fazhi.cli.html;
