/**
 * The {@code fazhi} command: an application, not a library, so it exports nothing
 * ({@code java -p ... -m dev.fazhi.cli/dev.fazhi.cli.Main} runs it). Its package is opened to picocli,
 * which reads and sets the annotated option fields reflectively. Its message bundles and the html
 * assets are read by its own classes. The runnable {@code fazhi.jar} is a shaded jar for the class
 * path and carries no module-info.
 */
module dev.fazhi.cli {
  requires dev.fazhi.documents;
  requires dev.fazhi.validation;
  requires com.fasterxml.jackson.core;
  requires info.picocli;
  requires java.logging;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.poi;

  opens dev.fazhi.cli to info.picocli;
}
