/** `detail` of `hcc-procedure-select`. */
export interface ProcedureSelectDetail {
  /** The national procedure code, e.g. `1.001193`. */
  code: string;
  /** The procedure's official name. */
  name: string;
}

declare module '../shared/events.js' {
  interface HccEventMap {
    'hcc-procedure-select': ProcedureSelectDetail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'hcc-procedure-select': CustomEvent<ProcedureSelectDetail>;
  }
}
