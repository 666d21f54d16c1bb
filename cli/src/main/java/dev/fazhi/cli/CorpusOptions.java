package dev.fazhi.cli;

import dev.fazhi.validation.corpus.CorpusCheck;
import dev.fazhi.validation.corpus.Roster;
import dev.fazhi.validation.corpus.RosterException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * {@code --roster} and {@code --history}: reads the roster (UTF-8, else GB18030) and lists the history
 * files. A roster that cannot be read or is not valid, and a history path with no report in it, are
 * command-line errors (exit status 2) that name the file and, for the roster, the line.
 */
final class CorpusOptions {

  private final CommandLine commandLine;
  private final Messages messages;
  private final Path roster;
  private final List<Path> history;

  CorpusOptions(CommandLine commandLine, Messages messages, Path roster, List<Path> history) {
    this.commandLine = commandLine;
    this.messages = messages;
    this.roster = roster;
    this.history = List.copyOf(history);
  }

  /** Whether {@code --roster} or {@code --history} was given. */
  boolean given() {
    return roster != null || !history.isEmpty();
  }

  /**
   * A corpus check with the roster and the command's language.
   *
   * @return the builder
   */
  CorpusCheck.Builder builder() {
    return CorpusCheck.builder().locale(messages.locale()).roster(readRoster());
  }

  /**
   * The history files, in path order.
   *
   * @return the inputs
   */
  List<Input> historyInputs() {
    InputCollector collector = new InputCollector(messages);
    List<Input> inputs = new ArrayList<>();
    for (Path path : history) {
      List<Input> found = collector.collect(List.of(path));
      if (found.stream().noneMatch(input -> input.problem() == null)) {
        throw new ParameterException(commandLine, messages.format("option.history-empty", path.toString()));
      }
      inputs.addAll(found);
    }
    return inputs;
  }

  private Roster readRoster() {
    if (roster == null) {
      return Roster.empty();
    }
    String text;
    try {
      text = decode(Files.readAllBytes(roster));
    } catch (IOException e) {
      throw new ParameterException(commandLine,
          messages.format("option.roster-unreadable", roster.toString(), InputCollector.describe(e, messages)));
    }
    try {
      return Roster.parse(text);
    } catch (RosterException e) {
      throw new ParameterException(commandLine,
          messages.format("option.roster-invalid", roster.toString(), e.getMessage(messages.locale())));
    }
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notUtf8) {
      return java.nio.charset.Charset.forName("GB18030").newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
  }
}
