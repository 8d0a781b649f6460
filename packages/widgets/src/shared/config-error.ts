/**
 * A widget set up wrongly: a missing or malformed `api-base`, an unknown `lang` or `mode`, a `page-size` or `poll`
 * that is not a number the widget can use. The message names the widget and the attribute, and says what to write
 * instead. The widget logs it once per bad value, dispatches it as `hcc-error` with `kind: 'config'`, and carries on
 * with the default when there is one.
 */
export class HccConfigError extends Error {
  override readonly name = 'HccConfigError';

  constructor(
    /** The widget's tag, e.g. `hcc-procedure-finder`. */
    readonly widget: string,
    /** The attribute at fault, e.g. `page-size`. */
    readonly attribute: string,
    /** The value given (`undefined` when the attribute is missing). */
    readonly value: unknown,
    message: string,
  ) {
    super(message);
  }
}
