package dev.fazhi.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fazhi.core.ReportFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad JSON gets its own clear error: what is wrong, at which JSON path, line and column. */
class ReportJsonErrorsTest {

  private final ReportJson json = ReportJson.builder().locale(Locale.ENGLISH).build();

  private ReportFormatException error(String input) {
    return catchThrowableOfType(ReportFormatException.class, () -> json.read(input));
  }

  @Test
  void malformedSyntaxNamesLineAndColumn() {
    ReportFormatException e = error("{\n  \"title\": \"t\",\n  \"sections\": [\n}");
    assertThat(e.getReason()).startsWith("malformed JSON");
    assertThat(e.getLine()).hasValue(4);
    assertThat(e.getColumn()).hasValue(1);
    assertThat(e.getMessage()).startsWith("line 4:1");
  }

  @Test
  void anUnknownFieldIsAnErrorThatNamesItAndItsPath() {
    ReportFormatException e = error("""
        {"title": "t", "sections": [
          {"heading": {"level": 1, "text": "x", "lable": "一、"}}]}""");
    assertThat(e.getReason()).contains("unknown field 'lable'").contains("label");
    assertThat(e.getPath()).hasValue("$.sections[0].heading.lable");
    assertThat(e.getLine()).hasValue(2);
  }

  @Test
  void unknownFieldsCanBeAllowed() {
    ReportJson lenient = ReportJson.builder().locale(Locale.ENGLISH).failOnUnknownFields(false).build();
    assertThat(lenient.read("{\"title\": \"t\", \"extra\": 1}").getTitle()).hasValue("t");
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    ReportFormatException e = error("{\"issuer\": {\"region\": \"x区\"}}");
    assertThat(e.getReason()).isEqualTo("missing required field 'name'");
    assertThat(e.getPath()).hasValue("$.issuer");

    ReportFormatException nested = error("""
        {"title": "t", "sections": [{"heading": {"text": "x"}}]}""");
    assertThat(nested.getReason()).isEqualTo("missing required field 'level'");
    assertThat(nested.getPath()).hasValue("$.sections[0].heading");
  }

  @Test
  void aWrongTypeSaysWhatWasExpected() {
    ReportFormatException e = error("""
        {"title": "t", "preamble": [{"text": "p", "figures": [
          {"kind": "SUBSET", "total": "634", "subset": 184}]}]}""");
    assertThat(e.getReason()).startsWith("expected a whole number");
    assertThat(e.getPath()).hasValue("$.preamble[0].figures[0].total");
    assertThat(e.getLine()).hasValue(2);
  }

  @Test
  void aFractionIsNotACount() {
    ReportFormatException e = error("""
        {"title": "t", "preamble": [{"text": "p", "figures": [
          {"kind": "COUNT", "value": 3.5, "unit": "件"}]}]}""");
    assertThat(e.getPath()).hasValue("$.preamble[0].figures[0].value");
    assertThat(e.getReason()).contains("whole number");
  }

  @Test
  void anUnknownMetricKindListsTheKinds() {
    ReportFormatException e = error("""
        {"title": "t", "preamble": [{"text": "p", "figures": [{"kind": "PERCENT"}]}]}""");
    assertThat(e.getReason()).contains("unknown metric kind 'PERCENT'").contains("TASK_COMPLETION");
    assertThat(e.getPath()).hasValue("$.preamble[0].figures[0]");
  }

  @Test
  void anInvalidEnumValueListsTheValues() {
    ReportFormatException e = error("""
        {"title": "t", "sections": [{"heading": {"level": 1, "text": "x"}, "part": "MEASURES"}]}""");
    assertThat(e.getReason()).contains("'MEASURES'").contains("MEASURES_AND_RESULTS");
    assertThat(e.getPath()).hasValue("$.sections[0].part");
  }

  @Test
  void anInvalidDateShowsTheExpectedForm() {
    ReportFormatException e = error("{\"title\": \"t\", \"signedOn\": \"2020年4月9日\"}");
    assertThat(e.getReason()).contains("'2020年4月9日'").contains("2020-04-09");
    assertThat(e.getPath()).hasValue("$.signedOn");
  }

  @Test
  void anInvalidMoneyUnitSaysWhichAreKnown() {
    ReportFormatException e = error("""
        {"title": "t", "preamble": [{"text": "p", "figures": [
          {"kind": "AMOUNT", "yuan": "1", "statedUnit": "千元"}]}]}""");
    assertThat(e.getReason()).contains("千元").contains("万元");
    assertThat(e.getPath()).hasValue("$.preamble[0].figures[0].statedUnit");
  }

  @Test
  void nullForARequiredFieldIsRejected() {
    ReportFormatException e = error("{\"issuer\": {\"name\": null}}");
    assertThat(e.getReason()).isEqualTo("missing required field 'name'");
    assertThat(e.getPath()).hasValue("$.issuer");
  }

  @Test
  void aDuplicatedFieldIsRejected() {
    ReportFormatException e = error("{\"title\": \"a\", \"title\": \"b\"}");
    assertThat(e.getReason()).contains("Duplicate field 'title'");
  }

  @Test
  void trailingContentIsRejected() {
    ReportFormatException e = error("{\"title\": \"t\"} {\"title\": \"u\"}");
    assertThat(e.getReason()).isEqualTo("unexpected content after the report object");
  }

  @Test
  void emptyInputAndNonObjectsAreRejected() {
    assertThat(error("").getReason()).isEqualTo("empty input: expected a JSON object");
    assertThat(error("[]").getReason()).isEqualTo("expected an object, found an array");
    assertThat(error("42").getReason()).startsWith("expected an object");
  }

  @Test
  void tooDeepNestingIsALimitError() {
    ReportJson shallow = ReportJson.builder().locale(Locale.ENGLISH).maxNestingDepth(8).build();
    String section = "{\"heading\": {\"level\": 1, \"text\": \"x\"}, \"sections\": [";
    StringBuilder deep = new StringBuilder("{\"title\": \"t\", \"sections\": [");
    deep.append(section.repeat(10)).append("]}".repeat(10)).append("]}");
    ReportFormatException e =
        catchThrowableOfType(ReportFormatException.class, () -> shallow.read(deep.toString()));
    assertThat(e.getReason()).startsWith("input exceeds a size limit").contains("depth");
  }

  @Test
  void aTooLongStringIsALimitError() {
    ReportJson small = ReportJson.builder().locale(Locale.ENGLISH).maxStringLength(1_000).build();
    String input = "{\"title\": \"" + "长".repeat(5_000) + "\"}";
    ReportFormatException e =
        catchThrowableOfType(ReportFormatException.class, () -> small.read(input));
    assertThat(e.getReason()).startsWith("input exceeds a size limit").contains("String value length");
  }

  @Test
  void aTooLongDocumentIsALimitError() {
    ReportJson small = ReportJson.builder().locale(Locale.ENGLISH).maxDocumentLength(1_000).build();
    String input = "{\"title\": \"t\", \"preamble\": [" + "{\"text\": \"p\"},".repeat(200)
        + "{\"text\": \"p\"}]}";
    ReportFormatException e =
        catchThrowableOfType(ReportFormatException.class, () -> small.read(input));
    assertThat(e.getReason()).startsWith("input exceeds a size limit").contains("Document length");
  }

  @Test
  void malformedUtf8IsRejectedNotReplaced() {
    byte[] bytes = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xE6, (byte) 0xB3, '"', '}'};
    ReportFormatException e = catchThrowableOfType(ReportFormatException.class,
        () -> json.read(new ByteArrayInputStream(bytes), "bad.json"));
    assertThat(e.getMessage()).isEqualTo("bad.json: not valid UTF-8 (JSON must be UTF-8)");
  }

  @Test
  void errorsFromAFileNameTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"title\": \"t\",\n \"reportingYear\": \"二〇一九\"}");
    ReportFormatException e = catchThrowableOfType(ReportFormatException.class, () -> json.read(file));
    assertThat(e.getSource()).hasValue(file.toString());
    assertThat(e.getMessage()).startsWith(file + ":2:").contains("$.reportingYear");
  }

  @Test
  void withSourceKeepsEverythingElse() {
    ReportFormatException e = error("{\"title\": 1}").withSource("a.json");
    assertThat(e.getSource()).hasValue("a.json");
    assertThat(e.getPath()).hasValue("$.title");
    assertThat(e.getMessage()).startsWith("a.json:1:");
  }
}
