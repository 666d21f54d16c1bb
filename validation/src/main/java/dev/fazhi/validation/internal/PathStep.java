package dev.fazhi.validation.internal;

/**
 * One step of a constraint-violation property path below the validated bean: a property named as in
 * the JSON form, optionally an element of a list.
 *
 * @param name the property name, such as {@code sections}
 * @param index the list index of the element the path goes on into, or -1
 */
public record PathStep(String name, int index) {

  /**
   * A property step.
   *
   * @param name the property name
   * @return the step
   */
  public static PathStep property(String name) {
    return new PathStep(name, -1);
  }

  /**
   * A step into one element of a list property.
   *
   * @param name the list property name
   * @param index the element index
   * @return the step
   */
  public static PathStep element(String name, int index) {
    return new PathStep(name, index);
  }
}
