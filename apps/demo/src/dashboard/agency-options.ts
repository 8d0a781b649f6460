import type { Agency } from '@hcc/sdk';
import { h } from '../shell/dom.js';

/**
 * The agency filter's options: today's agencies first, then the former district-level ones (their dossiers from
 * before 1 July 2025 still count), each group in its own `<optgroup>`.
 */
export function agencyOptionGroups(agencies: readonly Agency[], currentLabel: string, formerLabel: string) {
  const current = agencies.filter((agency) => agency.validTo === null);
  const former = agencies.filter((agency) => agency.validTo !== null);
  const group = (label: string, members: readonly Agency[]) =>
    h('optgroup', { label }, ...members.map((agency) => h('option', { value: agency.id }, agency.name)));
  return [group(currentLabel, current), ...(former.length > 0 ? [group(formerLabel, former)] : [])];
}
