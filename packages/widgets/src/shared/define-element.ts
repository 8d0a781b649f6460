/**
 * Registers a custom element unless its tag is already taken, so a page that loads the widgets twice (the CDN file
 * and a bundle, or the same script twice) keeps working. Also survives a `customElements.define` wrapped by another
 * script (polyfills, analytics) that throws on a repeat registration instead of checking first.
 */
export function defineElement(tag: string, elementClass: CustomElementConstructor): void {
  if (customElements.get(tag)) return;
  try {
    customElements.define(tag, elementClass);
  } catch (error) {
    if (customElements.get(tag)) return;
    throw error;
  }
}
