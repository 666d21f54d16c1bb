/**
 * {@code fazhi check --format xlsx}: one workbook of reports, findings and the files that could not be
 * checked, written with Apache POI's streaming writer. Reads the command's results through
 * {@code dev.fazhi.cli.result}.
 */
package dev.fazhi.cli.xlsx;
