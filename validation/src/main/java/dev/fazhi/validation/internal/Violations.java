package dev.fazhi.validation.internal;

import dev.fazhi.validation.FindingPayload;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintViolationBuilder;
import org.hibernate.validator.messageinterpolation.MessageParameterEscaping;

/**
 * Raises constraint violations that carry a {@link FindingPayload} as their dynamic payload, the
 * finding's arguments as message parameters (escaped, so that text quoted from a report is never
 * interpreted), and a property path named as in the JSON form.
 */
public final class Violations {

  private final HibernateConstraintValidatorContext context;
  private boolean any;

  /**
   * Wraps a validator context; the default violation is switched off.
   *
   * @param context the context Hibernate Validator passed to {@code isValid}
   */
  public Violations(ConstraintValidatorContext context) {
    this.context = context.unwrap(HibernateConstraintValidatorContext.class);
    this.context.disableDefaultConstraintViolation();
  }

  /**
   * Raises one violation.
   *
   * @param payload the finding's payload
   * @param template the message template
   * @param path the property path below the validated bean; empty for the bean itself
   */
  public void add(FindingPayload payload, String template, List<PathStep> path) {
    any = true;
    context.withDynamicPayload(payload);
    for (Map.Entry<String, Object> argument : payload.getArguments().entrySet()) {
      context.addMessageParameter(argument.getKey(), argument.getValue(),
          MessageParameterEscaping.ESCAPE);
    }
    HibernateConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(template);
    if (path.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    NodeBuilderCustomizableContext custom = builder.addPropertyNode(path.get(0).name());
    NodeBuilderDefinedContext defined = null;
    int pendingIndex = path.get(0).index();
    for (int i = 1; i < path.size(); i++) {
      PathStep step = path.get(i);
      NodeBuilderCustomizableContext next = defined != null
          ? defined.addPropertyNode(step.name()) : custom.addPropertyNode(step.name());
      if (pendingIndex >= 0) {
        defined = next.inIterable().atIndex(pendingIndex);
        custom = null;
      } else {
        custom = next;
        defined = null;
      }
      pendingIndex = step.index();
    }
    if (pendingIndex >= 0) {
      LeafNodeBuilderCustomizableContext leaf = defined != null ? defined.addBeanNode()
          : custom.addBeanNode();
      leaf.inIterable().atIndex(pendingIndex).addConstraintViolation();
    } else if (defined != null) {
      defined.addConstraintViolation();
    } else {
      custom.addConstraintViolation();
    }
  }

  /**
   * Whether any violation was raised.
   *
   * @return true after the first {@link #add}
   */
  public boolean any() {
    return any;
  }
}
