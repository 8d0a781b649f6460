import type { Page } from 'playwright-core';
import type { WidgetTag } from './page-probe.js';

/** The rendered size of one `::part` of a widget (or of the widget itself, as `host`). */
export interface PartBox {
  /** `part` attribute value, with `#n` for its n-th occurrence: `result#2`. */
  key: string;
  width: number;
  height: number;
}

/** Sizes of the widget and of every visible element with a `part`, in document order. */
export function measureParts(page: Page, tag: WidgetTag): Promise<PartBox[]> {
  return page.locator(tag).evaluate((host) => {
    const seen = new Map<string, number>();
    const boxes = [
      { key: 'host', width: host.getBoundingClientRect().width, height: host.getBoundingClientRect().height },
    ];
    for (const element of host.shadowRoot?.querySelectorAll('[part]') ?? []) {
      const { width, height } = element.getBoundingClientRect();
      if (width === 0 && height === 0) continue;
      const part = element.getAttribute('part') ?? '';
      const index = seen.get(part) ?? 0;
      seen.set(part, index + 1);
      boxes.push({ key: `${part}#${index}`, width, height });
    }
    return boxes;
  });
}

/** The parts whose size differs by more than `tolerance` CSS pixels between two measurements. */
export function differentBoxes(expected: PartBox[], actual: PartBox[], tolerance: number): string[] {
  const actualByKey = new Map(actual.map((box) => [box.key, box]));
  const differences: string[] = [];
  for (const box of expected) {
    const other = actualByKey.get(box.key);
    if (!other) {
      differences.push(`${box.key}: missing`);
      continue;
    }
    if (Math.abs(box.width - other.width) > tolerance || Math.abs(box.height - other.height) > tolerance) {
      differences.push(
        `${box.key}: ${box.width.toFixed(1)}×${box.height.toFixed(1)} → ${other.width.toFixed(1)}×${other.height.toFixed(1)}`,
      );
    }
  }
  return differences;
}

/**
 * Where a widget scrolls or spills sideways: the widget and each of its block-level parts (form controls aside)
 * whose content is wider than its box, and a widget wider than the viewport.
 */
export function horizontalOverflow(page: Page, tag: WidgetTag): Promise<string[]> {
  return page.locator(tag).evaluate((host) => {
    const problems: string[] = [];
    const describe = (element: Element) =>
      element === host ? host.localName : `${host.localName}::part(${element.getAttribute('part')})`;
    for (const element of [host, ...(host.shadowRoot?.querySelectorAll('[part]') ?? [])]) {
      // A text box scrolls its own value by design; whether the box itself fits shows on its container.
      if (element.matches('input, select, textarea')) continue;
      if (getComputedStyle(element).display === 'inline' || element.clientWidth === 0) continue;
      if (element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${describe(element)}: content ${element.scrollWidth}px in a ${element.clientWidth}px box`);
      }
    }
    const right = host.getBoundingClientRect().right;
    if (right > document.documentElement.clientWidth + 1) {
      problems.push(
        `${host.localName} ends at ${right}px, past the ${document.documentElement.clientWidth}px viewport`,
      );
    }
    return problems;
  });
}
