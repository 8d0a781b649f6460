import type { Agency, Field, HccClient } from '@hcc/sdk';
import { h } from '../shell/dom.js';

/** Fills the agency and field lists from `GET /agencies` and `GET /fields`, keeping their first "all" option. */
export async function loadOptions(client: HccClient, agencySelect: HTMLSelectElement, fieldSelect: HTMLSelectElement) {
  const [agencies, fields] = await Promise.all([client.agencies.list(), client.fields.list()]);
  replaceOptions(agencySelect, agencies.map(agencyOption));
  replaceOptions(fieldSelect, fields.map(fieldOption));
}

function agencyOption(agency: Agency): HTMLOptionElement {
  return h('option', { value: agency.id }, agency.name);
}

function fieldOption(field: Field): HTMLOptionElement {
  return h('option', { value: field.id }, `${field.name} (${field.procedureCount})`);
}

function replaceOptions(select: HTMLSelectElement, options: HTMLOptionElement[]): void {
  const chosen = select.value;
  const first = select.options[0];
  select.replaceChildren(...(first ? [first] : []), ...options);
  select.value = chosen;
}
