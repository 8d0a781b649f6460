import type { PropertyDeclaration } from 'lit';

/**
 * One configurable attribute of a widget: its name, the value used when it is absent or unusable, how an attribute
 * string is read, and what a usable value is, in words an integrator understands.
 */
export interface ConfigOption<T> {
  /** The attribute's name, kebab-case (`page-size`). */
  attribute: string;
  /** The value when the attribute is absent, and the fallback for a value that cannot be used. */
  fallback: T;
  /** Reads the attribute; a string it cannot read is returned as is, to be reported. */
  read: (raw: string) => unknown;
  /** Whether a value (read from the attribute or set as a property) can be used. */
  accepts: (value: unknown) => value is T;
  /** What a usable value is: "a whole number from 1 to 100". */
  expected: string;
  /** A usable value, for the example in the message. */
  example: string;
  /** Lit's `reflect`, for state-like attributes such as `theme`. */
  reflect?: boolean;
  /** A boolean attribute: present or absent, never wrong. */
  flag?: boolean;
}

/** A widget's attributes, keyed by property name. */
export type ConfigSchema = Record<string, ConfigOption<unknown>>;

/** Free text (an id, a code, a URL checked elsewhere); absent or blank is `undefined`, nothing is wrong. */
export function textOption(attribute: string): ConfigOption<string | undefined> {
  return {
    attribute,
    fallback: undefined,
    read: (raw) => raw.trim() || undefined,
    accepts: (value): value is string | undefined => value === undefined || typeof value === 'string',
    expected: 'text',
    example: 'text',
  };
}

/** A present-or-absent attribute (`sync-url`). */
export function flagOption(attribute: string): ConfigOption<boolean> {
  return {
    attribute,
    fallback: false,
    flag: true,
    read: () => true,
    accepts: (value): value is boolean => typeof value === 'boolean',
    expected: 'present or absent',
    example: '',
  };
}

/** One of a fixed list (`mode="client"`), read without regard to case or spaces. */
export function choiceOption<const V extends string, F extends V | undefined>(
  attribute: string,
  values: readonly V[],
  fallback: F,
  options: { reflect?: boolean } = {},
): ConfigOption<V | F> {
  const list = values.map((value) => `"${value}"`).join(' or ');
  return {
    attribute,
    fallback,
    reflect: options.reflect ?? false,
    read: (raw) => {
      const value = raw.trim().toLowerCase();
      return value === '' ? fallback : ((values as readonly string[]).find((known) => known === value) ?? raw);
    },
    accepts: (value): value is V | F => value === fallback || (values as readonly unknown[]).includes(value),
    expected: list,
    example: values[values.length - 1] ?? '',
  };
}

/** A number from `min` (to `max`), whole when `integer`; absent or blank is the fallback. */
export function numberOption<F extends number | undefined>(
  attribute: string,
  range: { min: number; max?: number; integer?: boolean; unit?: string },
  fallback: F,
  example: number,
): ConfigOption<number | F> {
  const { min, max = Number.POSITIVE_INFINITY, integer = false, unit = '' } = range;
  const kind = integer ? 'a whole number' : 'a number';
  const bounds = Number.isFinite(max) ? `from ${min} to ${max}` : `of at least ${min}`;
  return {
    attribute,
    fallback,
    read: (raw) => {
      const text = raw.trim();
      if (text === '') return fallback;
      const value = Number(text);
      return Number.isNaN(value) ? raw : value;
    },
    accepts: (value): value is number | F =>
      value === fallback ||
      (typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= min &&
        value <= max &&
        (!integer || Number.isInteger(value))),
    expected: `${kind} ${bounds}${unit ? ` (${unit})` : ''}`,
    example: String(example),
  };
}

/**
 * `theme`: `light`, `dark`, or `auto` (the reader's system preference). Absent, the widget is light unless the host
 * page's CSS `color-scheme` asks for dark or for the system's.
 */
export const themeOption = choiceOption('theme', ['light', 'dark', 'auto'] as const, undefined, { reflect: true });

/** Lit property declarations for a schema: each attribute read by its option, kept as given when unusable. */
export function configProperties(schema: ConfigSchema): Record<string, PropertyDeclaration> {
  const properties: Record<string, PropertyDeclaration> = {};
  for (const [name, option] of Object.entries(schema)) {
    properties[name] = option.flag
      ? { attribute: option.attribute, type: Boolean }
      : {
          attribute: option.attribute,
          reflect: option.reflect ?? false,
          converter: {
            fromAttribute: (raw: string | null) => (raw === null ? option.fallback : option.read(raw)),
            toAttribute: (value: unknown) => (value === undefined || value === null ? null : String(value)),
          },
        };
  }
  return properties;
}

/** The words a config message uses for a value: `page-size="0"`, or `page-size` set to `[object]`. */
export function describeValue(attribute: string, value: unknown): string {
  return typeof value === 'string' || typeof value === 'number'
    ? `${attribute}="${value}"`
    : `${attribute} (set to ${String(value)})`;
}

/**
 * The console message for an unusable value: which widget, which attribute, what is accepted, what the widget does
 * instead, and an example to copy.
 */
export function configProblem(tag: string, option: ConfigOption<unknown>, value: unknown): string {
  const fallback =
    option.fallback === undefined ? 'ignoring it' : `using the default, ${option.attribute}="${option.fallback}"`;
  return `<${tag}>: ${describeValue(option.attribute, value)} is not valid: use ${option.expected}. The widget is ${fallback}. Example: <${tag} ${option.attribute}="${option.example}">`;
}
