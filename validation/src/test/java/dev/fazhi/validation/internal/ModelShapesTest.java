package dev.fazhi.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ImmutableReport;
import dev.fazhi.core.model.Report;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelShapesTest {

  /**
   * The shapes take the constraints from the model interfaces only; that loses nothing as long as the
   * generated classes declare none of their own, anywhere.
   */
  @Test
  void generatedClassesDeclareNoConstraintOfTheirOwn() {
    assertThat(ModelShapes.generatedClasses()).hasSize(9);
    for (Class<?> type : ModelShapes.generatedClasses()) {
      assertThat(constraintsDeclaredBy(type)).as(type.getName()).isEmpty();
    }
    // The search finds what the interfaces declare: @ConsistentReport, and @Valid on list elements.
    assertThat(constraintsDeclaredBy(Report.class)).anyMatch(found -> found.contains("ConsistentReport"))
        .anyMatch(found -> found.contains("getSections") && found.contains("Valid"));
  }

  private static List<String> constraintsDeclaredBy(Class<?> type) {
    List<String> found = new ArrayList<>();
    check(type.getName(), type.getDeclaredAnnotations(), found);
    for (Field field : type.getDeclaredFields()) {
      check(field.toString(), field.getDeclaredAnnotations(), found);
      check(field.toString(), field.getAnnotatedType(), found);
    }
    List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredMethods()));
    executables.addAll(List.of(type.getDeclaredConstructors()));
    for (Executable executable : executables) {
      check(executable.toString(), executable.getDeclaredAnnotations(), found);
      check(executable.toString(), executable.getAnnotatedReturnType(), found);
      for (int i = 0; i < executable.getParameterCount(); i++) {
        check(executable.toString(), executable.getParameterAnnotations()[i], found);
        check(executable.toString(), executable.getAnnotatedParameterTypes()[i], found);
      }
    }
    return found;
  }

  @Test
  void mapsGeneratedClassesToShapesAndRefusesOthers() {
    ModelShapes shapes = new ModelShapes();
    Class<?> shape = shapes.normalize(ImmutableReport.class);
    assertThat(shape).isNotEqualTo(ImmutableReport.class);
    assertThat(Report.class).isAssignableFrom(shape);
    assertThat(shapes.normalize(shape)).isEqualTo(shape);
    assertThat(shapes.normalize(Report.class)).isEqualTo(Report.class);
    assertThat(shapes.normalize(Object.class)).isEqualTo(Object.class);
    RuntimeException refused = null;
    try {
      shapes.normalize(String.class);
    } catch (RuntimeException e) {
      refused = e;
    }
    assertThat(refused).isNotNull();
    assertThat(ModelShapes.isForeignClass(new IllegalStateException(refused))).isTrue();
    assertThat(ModelShapes.isForeignClass(new IllegalStateException())).isFalse();
  }

  private static void check(String where, AnnotatedType type, List<String> found) {
    check(where, type.getDeclaredAnnotations(), found);
    if (type instanceof AnnotatedParameterizedType parameterized) {
      for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
        check(where, argument, found);
      }
    } else if (type instanceof AnnotatedArrayType array) {
      check(where, array.getAnnotatedGenericComponentType(), found);
    }
  }

  private static void check(String where, Annotation[] annotations, List<String> found) {
    for (Annotation annotation : annotations) {
      Class<? extends Annotation> type = annotation.annotationType();
      if (type == Valid.class || type.isAnnotationPresent(Constraint.class)
          || type.getName().startsWith("jakarta.validation.")) {
        found.add(where + ": " + annotation);
      }
    }
  }
}
