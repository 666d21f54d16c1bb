package dev.fazhi.cli;

import dev.fazhi.validation.corpus.CorpusResult;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

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
 * <p>The blocks are spooled in UTF-8, the command's output encoding: when the command's output has a
 * byte stream under it ({@link CliContext#outBytes()}), runs of blocks are copied to it as bytes, not
 * decoded and encoded again; otherwise they are decoded into the output's writer.
 *
 * <p>Not thread-safe: used by the command's main thread.
 */
final class SpooledTextOutput implements AutoCloseable {

  /** What the first pass left of one checked input: its block's length in bytes and tally, or its failure. */
  private record Entry(Input input, int bytes, Summary.Tally tally, Outcome.Failed failed) {}

  private final Path file;
  private final CountingStream spool;
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
    this.spool = new CountingStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    this.aheadOut = new PrintWriter(new OutputStreamWriter(spool, StandardCharsets.UTF_8));
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
      aheadOut.flush(); // the block's bytes, all of them, are counted
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
   * @param outBytes the byte stream under {@code out} (UTF-8), or null
   * @param corpus the corpus findings
   * @param checker reads and validates a report again
   * @param threads how many reports to read again at once
   * @param summary the counts
   * @param internalError describes a failure that escaped the checker
   * @throws Exception if writing fails
   */
  void replay(CheckOutput output, PrintWriter out, OutputStream outBytes, CorpusResult corpus,
      ReportChecker checker, int threads, Summary summary, Function<Throwable, String> internalError)
      throws Exception {
    spool.closeNow();
    List<Input> again = new ArrayList<>();
    List<Integer> againAt = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (entry.failed() == null && !corpus.findingsFor(entry.input().source()).isEmpty()) {
        again.add(entry.input());
        againAt.add(i);
      }
    }
    try (FileChannel blocks = FileChannel.open(file, StandardOpenOption.READ)) {
      Copier copier = new Copier(blocks, out, outBytes, output, summary);
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

  /** Writes the entries from the spool in order, up to a given one: each run of blocks at once. */
  private final class Copier {
    private final FileChannel blocks;
    private final PrintWriter out;
    private final WritableByteChannel outBytes;
    private final CheckOutput output;
    private final Summary summary;
    private int done;
    /** Where the next entry's block starts in the spool. */
    private long position;
    /** Where the run of blocks not yet written starts. */
    private long runStart;
    private byte[] buffer;

    Copier(FileChannel blocks, PrintWriter out, OutputStream outBytes, CheckOutput output, Summary summary) {
      this.blocks = blocks;
      this.out = out;
      // A file's or pipe's channel lets the copy go from file to file in the kernel.
      this.outBytes = outBytes instanceof FileOutputStream file ? file.getChannel()
          : outBytes != null ? Channels.newChannel(outBytes) : null;
      this.output = output;
      this.summary = summary;
    }

    void copyUpTo(int end) throws IOException {
      for (; done < end; done++) {
        Entry entry = entries.get(done);
        if (entry.failed() != null) {
          writeRun();
          summary.add(entry.failed());
          output.error(entry.failed());
        } else {
          summary.add(entry.tally());
          position += entry.bytes();
        }
      }
      writeRun();
    }

    /** Passes over the next entry's block: it is written anew. */
    void skip() throws IOException {
      writeRun();
      position += entries.get(done++).bytes();
      runStart = position;
    }

    /** Writes the blocks from the run's start up to the next entry's. */
    private void writeRun() throws IOException {
      if (runStart < position) {
        out.flush(); // what the output wrote before goes first
        if (outBytes != null) {
          for (long at = runStart; at < position;) {
            long n = blocks.transferTo(at, position - at, outBytes);
            if (n <= 0) {
              throw new IOException("the spooled output ended early: " + file);
            }
            at += n;
          }
        } else {
          decodeRun();
        }
        runStart = position;
      }
    }

    /** The run decoded into the writer, a piece at a time, each cut after a line end (ASCII). */
    private void decodeRun() throws IOException {
      if (buffer == null) {
        buffer = new byte[1 << 16];
      }
      long at = runStart;
      int held = 0;
      while (at < position || held > 0) {
        if (held == buffer.length) {
          buffer = Arrays.copyOf(buffer, buffer.length * 2); // a line longer than the buffer
        }
        ByteBuffer into = ByteBuffer.wrap(buffer, held, (int) Math.min(buffer.length - held, position - at));
        int n = into.remaining() > 0 ? blocks.read(into, at) : 0;
        if (n < 0 || (n == 0 && at < position)) {
          throw new IOException("the spooled output ended early: " + file);
        }
        at += n;
        held += n;
        int cut = at < position ? lastLineEnd(buffer, held) : held;
        if (cut > 0) {
          out.write(new String(buffer, 0, cut, StandardCharsets.UTF_8));
          System.arraycopy(buffer, cut, buffer, 0, held - cut);
          held -= cut;
        }
      }
    }

    private int lastLineEnd(byte[] bytes, int length) {
      for (int i = length - 1; i >= 0; i--) {
        if (bytes[i] == '\n') {
          return i + 1;
        }
      }
      return 0;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      spool.closeNow();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Counts the bytes written; flushes only when closed, not at each block's end. */
  private static final class CountingStream extends FilterOutputStream {
    private long count;
    private boolean closed;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] bytes, int off, int len) throws IOException {
      out.write(bytes, off, len);
      count += len;
    }

    @Override
    public void flush() {
      // a block's flush: its bytes are counted; the file is written when the buffer fills or at the end
    }

    @Override
    public void close() {
      // closed by closeNow, when the spool is read
    }

    void closeNow() throws IOException {
      if (!closed) {
        closed = true;
        out.close();
      }
    }
  }
}
