package dev.fazhi.validation.internal;

import dev.fazhi.core.model.Amount;
import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Count;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.ImmutableAmount;
import dev.fazhi.core.model.ImmutableBreakdown;
import dev.fazhi.core.model.ImmutableCount;
import dev.fazhi.core.model.ImmutableParagraph;
import dev.fazhi.core.model.ImmutableRate;
import dev.fazhi.core.model.ImmutableReport;
import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.ImmutableSubset;
import dev.fazhi.core.model.ImmutableTaskCompletion;
import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.metadata.BeanMetaDataClassNormalizer;

/**
 * Which class's metadata Hibernate Validator's predefined scope uses for a bean of the model.
 *
 * <p>Every constraint of the model is declared on its interfaces ({@code @ConsistentReport} on
 * {@link Report}, the figure constraints on the figure interfaces, {@code @Valid} on their list element
 * types); the generated {@code Immutable*} classes add none. Hibernate Validator would still reflect over
 * every member of a generated class (its {@code with*} methods, builders, JSON creators and their
 * annotations) to build its metadata, a large part of a cold start. So each generated class is mapped to
 * a <em>shape</em>: an abstract class that implements the model interface and declares nothing, whose
 * metadata is exactly the interface's constraints. A report holding any other implementation of a model
 * interface is for the default scope, which also honours constraints such a class declares itself:
 * the caller checks the tree first ({@link #holdsOnlyGeneratedClasses}), and the normalizer refuses
 * any other class with {@link ForeignClass} should one still reach it.
 */
final class ModelShapes implements BeanMetaDataClassNormalizer {

  private abstract static class ReportShape implements Report {}

  private abstract static class SectionShape implements Section {}

  private abstract static class ParagraphShape implements Paragraph {}

  private abstract static class TaskCompletionShape implements TaskCompletion {}

  private abstract static class RateShape implements Rate {}

  private abstract static class BreakdownShape implements Breakdown {}

  private abstract static class SubsetShape implements Subset {}

  private abstract static class CountShape implements Count {}

  private abstract static class AmountShape implements Amount {}

  /** The generated class of each model type the cascade reaches, and its shape. */
  private static final Map<Class<?>, Class<?>> SHAPES = Map.of(
      ImmutableReport.class, ReportShape.class,
      ImmutableSection.class, SectionShape.class,
      ImmutableParagraph.class, ParagraphShape.class,
      ImmutableTaskCompletion.class, TaskCompletionShape.class,
      ImmutableRate.class, RateShape.class,
      ImmutableBreakdown.class, BreakdownShape.class,
      ImmutableSubset.class, SubsetShape.class,
      ImmutableCount.class, CountShape.class,
      ImmutableAmount.class, AmountShape.class);

  /** The shapes with their interfaces and {@code Object}, which the validator looks up as they are. */
  private static final Set<Class<?>> SHAPE_HIERARCHY = withSupertypes(Set.copyOf(SHAPES.values()));

  /**
   * The generated classes whose metadata the predefined scope builds at bootstrap.
   *
   * @return the classes
   */
  static Set<Class<?>> generatedClasses() {
    return SHAPES.keySet();
  }

  @Override
  public <T> Class<? super T> normalize(Class<T> beanClass) {
    Class<?> shape = SHAPES.get(beanClass);
    if (shape != null) {
      // Not a supertype of the generated class, but a sibling under the same interface: Hibernate
      // Validator reads the bean's properties through the interface's getters, which the bean has.
      @SuppressWarnings("unchecked")
      Class<? super T> metadataClass = (Class<? super T>) shape;
      return metadataClass;
    }
    if (SHAPE_HIERARCHY.contains(beanClass)) {
      return beanClass;
    }
    throw new ForeignClass(beanClass);
  }

  /**
   * Whether every bean the cascade reaches in a report is of a generated class: the report, its
   * sections at any depth, its paragraphs and their figures.
   *
   * @param report the report
   * @return false when the tree holds an implementation of the caller's own
   */
  static boolean holdsOnlyGeneratedClasses(Report report) {
    if (!SHAPES.containsKey(report.getClass()) || !generatedOnly(report.getPreamble())) {
      return false;
    }
    Deque<Section> pending = new ArrayDeque<>();
    addAll(pending, report.getSections());
    while (!pending.isEmpty()) {
      Section section = pending.pop();
      if (!SHAPES.containsKey(section.getClass()) || !generatedOnly(section.getParagraphs())) {
        return false;
      }
      addAll(pending, section.getSections());
    }
    return true;
  }

  private static boolean generatedOnly(List<Paragraph> paragraphs) {
    for (Paragraph paragraph : paragraphs) {
      if (paragraph == null) {
        continue;
      }
      if (!SHAPES.containsKey(paragraph.getClass())) {
        return false;
      }
      for (Figure figure : paragraph.getFigures()) {
        if (figure != null && !SHAPES.containsKey(figure.getClass())) {
          return false;
        }
      }
    }
    return true;
  }

  private static void addAll(Deque<Section> pending, List<Section> sections) {
    for (Section section : sections) {
      if (section != null) {
        pending.push(section);
      }
    }
  }

  /**
   * Whether an exception, or one of its causes, is the refusal of a foreign class.
   *
   * @param e the exception
   * @return true when validation met a class that is not the model's own
   */
  static boolean isForeignClass(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ForeignClass) {
        return true;
      }
    }
    return false;
  }

  private static Set<Class<?>> withSupertypes(Set<Class<?>> classes) {
    Set<Class<?>> out = new HashSet<>();
    Deque<Class<?>> pending = new ArrayDeque<>(classes);
    while (!pending.isEmpty()) {
      Class<?> type = pending.pop();
      if (out.add(type)) {
        if (type.getSuperclass() != null) {
          pending.push(type.getSuperclass());
        }
        pending.addAll(Arrays.asList(type.getInterfaces()));
      }
    }
    return Set.copyOf(out);
  }

  /** Thrown when a report's tree holds a class that is not one of the model's generated classes. */
  static final class ForeignClass extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ForeignClass(Class<?> type) {
      super(type.getName(), null, false, false);
    }
  }
}
