import { type Procedure, type SplitStep, splitSteps, stripStepNumber } from '@hcc/sdk';
import { html, nothing, type TemplateResult } from 'lit';

/** Text with the source's line breaks kept (`white-space: pre-line`), in Vietnamese whatever the interface speaks. */
const sourceText = (text: string) => (text ? html`<span class="source-text" lang="vi">${text}</span>` : nothing);

/** Items under an item: ordered when the source numbered them, bullets when it used dashes. */
function renderSubsteps(steps: readonly SplitStep[]): TemplateResult | typeof nothing {
  if (steps.length === 0) return nothing;
  const items = steps.map((step) => html`<li>${sourceText(step.text)}${renderSubsteps(step.steps)}</li>`);
  return steps[0]?.marker === 'bullet'
    ? html`<ul class="bullets">${items}</ul>`
    : html`<ol class="substeps">${items}</ol>`;
}

/** One step's description: its lead paragraph, then the items the source listed in it. */
function renderDescription(description: string): TemplateResult {
  const { lead, steps } = splitSteps(description);
  return html`${lead ? html`<p>${sourceText(lead)}</p>` : nothing}${renderSubsteps(steps)}`;
}

/**
 * The steps as a numbered list. A record with one unnamed step (one long paragraph in the source) is split along
 * the source's own numbering (`Bước 1:`, `1.`, `a)`, `(i)`, `- `…); named steps keep their names, without the
 * source's number since the list numbers them.
 */
export function renderSteps(procedure: Procedure): TemplateResult {
  const [only] = procedure.steps;
  if (procedure.steps.length === 1 && only && !only.name) {
    const { lead, steps } = splitSteps(only.description);
    return html`${lead ? html`<p>${sourceText(lead)}</p>` : nothing}
      <ol class="steps">${steps.map((step) => html`<li>${sourceText(step.text)}${renderSubsteps(step.steps)}</li>`)}</ol>`;
  }
  return html`<ol class="steps">
    ${procedure.steps.map((step) => {
      const name = step.name ? stripStepNumber(step.name) : '';
      return html`<li>${name ? html`<strong class="step-name" lang="vi">${name}</strong>` : nothing}
        ${renderDescription(step.description)}</li>`;
    })}
  </ol>`;
}
