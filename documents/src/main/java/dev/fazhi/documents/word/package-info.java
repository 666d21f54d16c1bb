/**
 * Word files (Office Open XML), opened with Apache POI: the body in reading order, the numbering
 * labels Word renders, heading levels from styles, residue and core properties.
 */
package dev.fazhi.documents.word;
