import { type EmbedConfig, cleanCssValue } from './embed-snippet.js';

/**
 * Shows the configured widget. The element is rebuilt when the tag or an attribute changes (as a fresh page would
 * load it); theme tokens are set through the CSSOM, which a strict style-src CSP allows.
 */
export function renderPreview(host: HTMLElement, config: EmbedConfig): HTMLElement {
  let element = host.firstElementChild as HTMLElement | null;
  if (!element || element.localName !== config.tag || attributesDiffer(element, config)) {
    element = document.createElement(config.tag);
    for (const [name, value] of config.attributes) if (value.trim() !== '') element.setAttribute(name, value.trim());
    host.replaceChildren(element);
  }
  for (const name of [...element.style].filter((property) => property.startsWith('--hcc-'))) {
    element.style.removeProperty(name);
  }
  for (const [name, value] of config.tokens) element.style.setProperty(name, cleanCssValue(value));
  return element;
}

function attributesDiffer(element: HTMLElement, config: EmbedConfig): boolean {
  const wanted = new Map(config.attributes.filter(([, value]) => value.trim() !== '').map(([n, v]) => [n, v.trim()]));
  const present = element.getAttributeNames().filter((name) => name !== 'style');
  return present.length !== wanted.size || present.some((name) => element.getAttribute(name) !== wanted.get(name));
}
