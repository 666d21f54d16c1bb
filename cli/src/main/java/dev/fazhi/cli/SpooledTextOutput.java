package dev.fazhi.cli;

import dev.fazhi.validation.corpus.CorpusResult;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text output of a check with the corpus checks, with every report read once. The corpus findings
 * are known only after every report is read, and each belongs inside its report's block; so the first
 * pass ({@link CorpusPass}) validates each report as it reads it and writes its block ahead, with no
 * corpus finding, to a temporary file, keeping only the block's length and its findings' tally. Then
 * {@link #replay} writes the blocks in input order; a report the corpus checks found something in is
 * read and validated again and its block written anew with those findings merged in (the only reports
 * read twice). A text block depends on its report alone ({@link TextOutput#report}), so the output is
 * the same as the two-pass check's, byte for byte. Memory: a few bytes per input, besides the digests.
 *
 * <p>Not thread-safe: used by the command's main thread.
 */
final class SpooledTextOutput implements AutoCloseable {

  /** What the first pass left of one checked input: its block's length and tally, or its failure. */
  private record Entry(Input input, int chars, Summary.Tally tally, Outcome.Failed failed) {}

  private final Path file;
  private final CountingWriter spool;
  private final PrintWriter aheadOut;
  private final TextOutput ahead;
  private final List<Entry> entries = new ArrayList<>();

  /**
   * Opens the spool.
   *
   * @param messages the command's messages
   * @param colour whether blocks are painted, as the real output's are
   * @throws IOException if the temporary file cannot be made
   */
  SpooledTextOutput(Messages messages, boolean colour) throws IOException {
    this.file = Files.createTempFile("fazhi-check-", ".txt");
    file.toFile().deleteOnExit();
    this.spool = new CountingWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    this.aheadOut = new PrintWriter(spool);
    this.ahead = new TextOutput(aheadOut, messages, colour);
  }

  /**
   * Takes the next checked input's outcome, in input order: a report's block is written ahead.
   *
   * @param outcome the outcome, validated, without corpus findings
   * @throws IOException if the spool cannot be written
   */
  void accept(Outcome outcome) throws IOException {
    if (outcome instanceof Outcome.Checked checked) {
      long before = spool.count;
      ahead.report(checked);
      if (aheadOut.checkError()) {
        throw new IOException("cannot write the spooled output " + file);
      }
      entries.add(new Entry(checked.input(), Math.toIntExact(spool.count - before),
          Summary.Tally.of(checked), null));
    } else {
      entries.add(new Entry(outcome.input(), 0, null, (Outcome.Failed) outcome));
    }
  }

  /**
   * Writes every block in input order, through the real output for errors and for reports the corpus
   * checks found something in (read and validated again, in parallel), and counts them.
   *
   * @param output the real output
   * @param out where it writes
   * @param corpus the corpus findings
   * @param checker reads and validates a report again
   * @param threads how many reports to read again at once
   * @param summary the counts
   * @param internalError describes a failure that escaped the checker
   * @throws Exception if writing fails
   */
  void replay(CheckOutput output, PrintWriter out, CorpusResult corpus, ReportChecker checker,
      int threads, Summary summary, java.util.function.Function<Throwable, String> internalError)
      throws Exception {
    spool.flushNow();
    spool.close();
    List<Input> again = new ArrayList<>();
    List<Integer> againAt = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (entry.failed() == null && !corpus.findingsFor(entry.input().source()).isEmpty()) {
        again.add(entry.input());
        againAt.add(i);
      }
    }
    try (Reader blocks = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      Copier copier = new Copier(blocks, out, output, summary);
      int[] next = {0};
      new BatchChecker(threads, checker::check, internalError).run(again, outcome -> {
        int at = againAt.get(next[0]++);
        copier.copyUpTo(at);
        copier.skip();
        if (outcome instanceof Outcome.Checked checked) {
          Outcome.Checked merged = CorpusPass.merge(checked, corpus);
          summary.add(merged);
          output.report(merged);
        } else {
          summary.add(outcome);
          output.error((Outcome.Failed) outcome);
        }
      });
      copier.copyUpTo(entries.size());
    }
  }

  /** Writes the entries from the spool in order, up to a given one. */
  private final class Copier {
    private final Reader blocks;
    private final PrintWriter out;
    private final CheckOutput output;
    private final Summary summary;
    private final char[] buffer = new char[8192];
    private int done;

    Copier(Reader blocks, PrintWriter out, CheckOutput output, Summary summary) {
      this.blocks = blocks;
      this.out = out;
      this.output = output;
      this.summary = summary;
    }

    void copyUpTo(int end) throws IOException {
      for (; done < end; done++) {
        Entry entry = entries.get(done);
        if (entry.failed() != null) {
          summary.add(entry.failed());
          output.error(entry.failed());
        } else {
          summary.add(entry.tally());
          move(entry.chars(), true);
        }
      }
    }

    /** Passes over the next entry's block: it is written anew. */
    void skip() throws IOException {
      move(entries.get(done++).chars(), false);
    }

    private void move(int chars, boolean write) throws IOException {
      for (int left = chars; left > 0;) {
        int n = blocks.read(buffer, 0, Math.min(buffer.length, left));
        if (n < 0) {
          throw new IOException("the spooled output ended early: " + file);
        }
        if (write) {
          out.write(buffer, 0, n);
        }
        left -= n;
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      spool.close();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Counts the characters written; flushes only when told, not at each block's end. */
  private static final class CountingWriter extends Writer {
    private final BufferedWriter out;
    private long count;
    private boolean closed;

    CountingWriter(BufferedWriter out) {
      this.out = out;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
      out.write(chars, off, len);
      count += len;
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
      out.write(text, off, len);
      count += len;
    }

    @Override
    public void write(int c) throws IOException {
      out.write(c);
      count++;
    }

    @Override
    public void flush() {
      // a block's flush: nothing to do until the spool is read
    }

    void flushNow() throws IOException {
      if (!closed) {
        out.flush();
      }
    }

    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        out.close();
      }
    }
  }
}
