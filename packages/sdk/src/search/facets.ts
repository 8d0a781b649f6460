import type { Facet } from '../client/types.js';

/**
 * One facet of a search answer: how many of `items` carry each value, most first, labelled. Values listed in
 * `labels` only are counted; with `keepZero`, values no item carries stay in the list with a count of 0 (fixed
 * enumerations, so a widget can show them greyed).
 */
export function countFacet<T>(
  items: Iterable<T>,
  valuesOf: (item: T) => Iterable<string>,
  labels: Iterable<readonly [value: string, label: string]>,
  keepZero = false,
): Facet[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const value of new Set(valuesOf(item))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return Array.from(labels, ([value, label]) => ({ value, label, count: counts.get(value) ?? 0 }))
    .filter((facet) => keepZero || facet.count > 0)
    .sort((a, b) => b.count - a.count);
}
