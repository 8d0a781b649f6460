import type { LitElement } from 'lit';

const containers = new Set<HTMLElement>();

/**
 * Mounts markup in a fresh container at the end of `<body>` and waits for the first element's first render.
 * `attributes` on the container (e.g. `{ lang: 'en' }`) let a test play the host page's ancestors.
 */
export async function mount<T extends HTMLElement = LitElement>(
  markup: string,
  attributes: Record<string, string> = {},
): Promise<T> {
  const container = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) container.setAttribute(name, value);
  container.innerHTML = markup;
  document.body.append(container);
  containers.add(container);
  const element = container.firstElementChild as T | null;
  if (!element) throw new Error(`mount: the markup ${markup} has no element`);
  await settle(element);
  return element;
}

/**
 * Mounts `<tag name="value" …>` with each value escaped for the attribute, in a container that plays the host page
 * (see {@link mount}).
 */
export function mountElement<T extends HTMLElement>(
  tag: string,
  attributes: Record<string, string>,
  container: Record<string, string> = {},
): Promise<T> {
  const markup = Object.entries(attributes)
    .map(([name, value]) => `${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join(' ');
  return mount<T>(`<${tag} ${markup}></${tag}>`, container);
}

/** Waits until a Lit element has no pending update (a no-op for other elements). */
export async function settle(element: Element): Promise<void> {
  const lit = element as Partial<LitElement>;
  if (lit.updateComplete) await lit.updateComplete;
}

/** Removes everything {@link mount} added. Call it in `afterEach`. */
export function unmountAll(): void {
  for (const container of containers) container.remove();
  containers.clear();
}

/** The element's shadow root, which every widget has. */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no open shadow root`);
  return element.shadowRoot;
}

/** Queries inside the element's shadow root. */
export function $<E extends Element = HTMLElement>(element: Element, selector: string): E | null {
  return shadow(element).querySelector<E>(selector);
}

/** Queries all matches inside the element's shadow root. */
export function $$<E extends Element = HTMLElement>(element: Element, selector: string): E[] {
  return [...shadow(element).querySelectorAll<E>(selector)];
}

/** The element focused inside the widget's shadow root (or `null`). */
export function focusedIn(element: Element): Element | null {
  return shadow(element).activeElement;
}
