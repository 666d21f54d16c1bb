package dev.fazhi.cli.result;

/**
 * How the command knows an output as its own, so that it replaces only what it wrote: the names and
 * tags the result formats write and the command's output guard looks for.
 */
public final class OutputFiles {

  /** The file in a site's directory that lists what fazhi wrote there. */
  public static final String MARKER = ".fazhi-output";

  /** The {@code <meta name="generator">} of every page fazhi writes starts with this. */
  public static final String GENERATOR = "fazhi";

  /** The custom document property of every workbook fazhi writes. */
  public static final String WORKBOOK_PROPERTY = "fazhi-generator";

  private OutputFiles() {}
}
