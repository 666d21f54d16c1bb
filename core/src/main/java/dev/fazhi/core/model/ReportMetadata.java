package dev.fazhi.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the page or file a report was published in says about the report, apart from the report's own
 * text: the metadata block of a government web page ({@code 索引号：… 发布机构：… 成文日期：… 文号：…
 * 发布日期：…}) or a Word or PDF file's properties.
 *
 * <p>Every field is optional and holds what the metadata gives, not what the report's body says: the
 * report's own signing date is {@link Report#getSignedOn()}, and the two may disagree (which the
 * validator reports as {@code meta.dates-disagree}). The JSON field names are those of the command's
 * {@code metadata} object ({@code documentNumber}, {@code indexNumber}, {@code publisher},
 * {@code signedOn}, {@code publishedOn}, {@code modifiedOn}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportMetadata.class)
@JsonDeserialize(as = ImmutableReportMetadata.class)
public interface ReportMetadata {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableReportMetadata.Builder builder() {
    return ImmutableReportMetadata.builder();
  }

  /**
   * The document number (文号) as written, such as {@code 青政发〔2024〕3号}.
   *
   * @return the document number
   */
  Optional<String> getDocumentNumber();

  /**
   * The index number (索引号) of a government information disclosure catalogue, as written, such as
   * {@code 11330522002594123X/2021-00012}. Index numbers carry letters and digits by design.
   *
   * @return the index number
   */
  Optional<String> getIndexNumber();

  /**
   * The publishing organ (发布机构, 来源) the metadata names. It is not necessarily the report's
   * issuer: a county site publishes the reports of its departments.
   *
   * @return the publisher
   */
  Optional<String> getPublisher();

  /**
   * The signing date (成文日期) the metadata gives.
   *
   * @return the date
   */
  Optional<LocalDate> getSignedOn();

  /**
   * The publication date (发布日期, 发布时间) the metadata gives.
   *
   * @return the date
   */
  Optional<LocalDate> getPublishedOn();

  /**
   * The date a Word or PDF file was last saved, from the file's properties.
   *
   * @return the date
   */
  Optional<LocalDate> getModifiedOn();

  /**
   * Whether no field is set.
   *
   * @return true when the metadata says nothing
   */
  @JsonIgnore
  default boolean isEmpty() {
    return getDocumentNumber().isEmpty() && getIndexNumber().isEmpty() && getPublisher().isEmpty()
        && getSignedOn().isEmpty() && getPublishedOn().isEmpty() && getModifiedOn().isEmpty();
  }
}
