package dev.fazhi.cli;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.read.ReportReader;
import dev.fazhi.documents.DocumentFormat;
import dev.fazhi.documents.DocumentLine;
import dev.fazhi.documents.DocumentReader;
import dev.fazhi.documents.DocumentReport;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ReportValidator;
import dev.fazhi.validation.json.LinePages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads one input ({@code .json} in the library's JSON form; anything else, a published text, a web
 * page, a Word file or a PDF, through the documents module, which tells the format by the content) and
 * validates it. Never throws: whatever goes wrong becomes a {@link Outcome.Failed} naming the reason.
 * Thread-safe: the batch calls it from several threads at once.
 */
final class ReportChecker {

  private final Messages messages;
  private final Supplier<ReportValidator> validator;
  private final ReportReader reader;
  private final Lazy<ReportJson> json;
  private final DocumentReader documents;

  ReportChecker(Messages messages, Supplier<ReportValidator> validator) {
    this(messages, validator, true);
  }

  /**
   * A checker whose reader may leave out figures.
   *
   * @param messages the command's messages
   * @param validator the validator, for {@link #check}
   * @param figures false for a checker that only {@link #read}s reports to digest them (the corpus
   *     checks' first pass): its reader is {@link dev.fazhi.validation.corpus.CorpusCheck#historyReader},
   *     which gives the same digests at about two thirds of the cost
   */
  ReportChecker(Messages messages, Supplier<ReportValidator> validator, boolean figures) {
    this.messages = messages;
    this.validator = validator;
    // Readers word their complaints (not a report, not text, bad JSON) in the command's language.
    this.reader = ReportReader.builder().locale(messages.locale()).figures(figures).build();
    this.documents = DocumentReader.builder().reportReader(reader).build();
    // Built on the first JSON input only: setting up Jackson is a large part of a cold start, and a
    // check of published texts never needs it.
    this.json = new Lazy<>(() -> ReportJson.builder().locale(messages.locale()).build());
  }

  Outcome check(Input input) {
    Outcome read = read(input);
    if (!(read instanceof Outcome.Checked checked)) {
      return read;
    }
    try {
      // Already in the order they are shown: the report as a whole first, then by position.
      List<Finding> findings = validator.get().validate(checked.report()).getFindings();
      return checked.withFindings(findings);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome.Failed(input, messages.format("error.internal-validate", String.valueOf(e)));
    }
  }

  /**
   * Reads one input without validating it (the corpus checks' first pass reads this way). Never throws.
   *
   * @param input the input
   * @return the report (with no findings) or why it cannot be read
   */
  Outcome read(Input input) {
    if (input.problem() != null) {
      return new Outcome.Failed(input, input.problem());
    }
    try {
      return load(input);
    } catch (ReportFormatException e) {
      return new Outcome.Failed(input, describe(e));
    } catch (IOException e) {
      return new Outcome.Failed(input, InputCollector.describe(e, messages));
    } catch (UncheckedIOException e) {
      return new Outcome.Failed(input, InputCollector.describe(e.getCause(), messages));
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome.Failed(input, messages.format("error.internal-read", String.valueOf(e)));
    }
  }

  private Outcome.Checked load(Input input) throws IOException {
    if (input.isJson()) {
      return new Outcome.Checked(input, json.get().read(input.path()), "json", List.of(), LinePages.none());
    }
    DocumentReport read = documents.readReport(input.path());
    DocumentFormat format = read.getFormat();
    // A plain text has no pages: its document's lines (made only when asked for) are not needed.
    return new Outcome.Checked(input, read.getReport(), format.id(), List.of(),
        format == DocumentFormat.TEXT ? LinePages.none() : pages(read));
  }

  /**
   * The page of each line of a document's text, as {@link DocumentReport#page} gives it: a PDF's page,
   * a Word file's at its last save; none for the formats without pages.
   */
  static LinePages pages(DocumentReport read) {
    List<DocumentLine> lines = read.getDocument().getLines();
    int[] pages = new int[lines.size()];
    for (int i = 0; i < pages.length; i++) {
      pages[i] = lines.get(i).getOrigin().getPage().orElse(0);
    }
    return LinePages.of(pages);
  }

  /**
   * The reason and place of a format error, without the file name (which the output shows already).
   *
   * @param e the error
   * @return the message
   */
  String describe(ReportFormatException e) {
    StringBuilder out = new StringBuilder();
    if (e.getLine().isPresent()) {
      out.append(e.getColumn().isPresent()
          ? messages.format("error.at-line-column", Integer.toString(e.getLine().getAsInt()),
              Integer.toString(e.getColumn().getAsInt()))
          : messages.format("error.at-line", Integer.toString(e.getLine().getAsInt())));
    }
    e.getPath().ifPresent(path -> {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(messages.format("error.at-path", path));
    });
    if (out.length() > 0) {
      out.append(messages.get("error.separator"));
    }
    return out.append(e.getReason(messages.locale())).toString();
  }
}
