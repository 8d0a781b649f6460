/** `<hcc-procedure-finder>`: importing this module registers the element (a second registration is harmless). */
import { HccProcedureFinder } from './procedure-finder/procedure-finder.js';
import { defineElement } from './shared/define-element.js';

defineElement('hcc-procedure-finder', HccProcedureFinder);

export { HccProcedureFinder };
export type { ProcedureSelectDetail } from './procedure-finder/procedure-finder.js';

declare global {
  interface HTMLElementTagNameMap {
    'hcc-procedure-finder': HccProcedureFinder;
  }
}
