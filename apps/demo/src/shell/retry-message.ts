import { h } from './dom.js';

/** Shows a failure in a live region with a button that tries again. */
export function showRetry(region: HTMLElement, message: string, retryLabel: string, retry: () => void): void {
  const button = h('button', { type: 'button', class: 'button button--quiet' }, retryLabel);
  button.addEventListener('click', retry);
  region.classList.add('status-message--error');
  region.replaceChildren(`${message} `, button);
}

/** Empties a region used by {@link showRetry}. */
export function clearMessage(region: HTMLElement): void {
  region.classList.remove('status-message--error');
  region.replaceChildren();
}
