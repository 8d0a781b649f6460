import type { InvalidParam } from '@hcc/sdk';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Json, OpenApi, Operation, Parameter } from './openapi.js';
import { describeError } from './validation-messages.js';

/** The validated input of a request: query and path values coerced to their schema's type, headers as sent. */
export interface ValidInput {
  query: Record<string, unknown>;
  path: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

export type Validation = { input: ValidInput; errors: [] } | { input?: undefined; errors: InvalidParam[] };

/** What arrived: the raw query string, decoded path parameters, headers and the body text. */
export interface RawRequest {
  query: URLSearchParams;
  path: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  contentType: string | undefined;
  body: string | undefined;
}

const SPEC_ID = 'https://hcc.example/openapi.json';

/** Local `#/…` references → references into the registered contract. */
function rebase<T>(node: T): T {
  if (Array.isArray(node)) return node.map(rebase) as T;
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${SPEC_ID}${value}` : rebase(value),
      ]),
    ) as T;
  }
  return node;
}

/** `"12"` → 12 for integer parameters, `"true"` → true for booleans; anything else stays a string for the schema. */
function coerce(raw: string, schema: Json): unknown {
  const type = schema.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(?:\.\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

/**
 * Compiles every operation's parameters and body schema from the contract (OpenAPI 3.1 = JSON Schema 2020-12), so
 * the server checks exactly what `openapi.yaml` says, no more and no less. Unknown and repeated query parameters
 * are errors too, as in the mock.
 */
export function createRequestValidator(openApi: OpenApi): (operation: Operation, raw: RawRequest) => Validation {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ((addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats)(ajv);
  ajv.addSchema({ $id: SPEC_ID, components: rebase(openApi.document.components) });
  const compiled = new Map<Json, ValidateFunction>();
  const compile = (schema: Json) => {
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(rebase(schema));
      compiled.set(schema, validate);
    }
    return validate;
  };
  const resolved = (schema: Json): Json =>
    typeof schema.$ref === 'string'
      ? (schema.$ref
          .slice(2)
          .split('/')
          .reduce<Json>((parent, key) => parent[key] as Json, openApi.document) as Json)
      : schema;

  const check = (parameter: Parameter, raw: string, errors: InvalidParam[]): unknown => {
    const schema = resolved(parameter.schema);
    const value = coerce(raw, schema);
    const validate = compile(parameter.schema);
    if (validate(value)) return value;
    errors.push({ in: parameter.in, name: parameter.name, detail: describeError(validate.errors ?? [], schema) });
    return undefined;
  };

  return (operation, raw) => {
    const errors: InvalidParam[] = [];
    const input: ValidInput = { query: {}, path: {}, headers: {}, body: undefined };
    const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query');
    for (const name of new Set(raw.query.keys())) {
      const parameter = queryParameters.find((candidate) => candidate.name === name);
      const values = raw.query.getAll(name);
      if (!parameter) errors.push({ in: 'query', name, detail: 'tham số không được hỗ trợ' });
      else if (values.length > 1) errors.push({ in: 'query', name, detail: 'chỉ được truyền một lần' });
      else input.query[name] = check(parameter, values[0] as string, errors);
    }
    for (const parameter of operation.parameters.filter((candidate) => candidate.in !== 'query')) {
      const sent = parameter.in === 'path' ? raw.path[parameter.name] : raw.headers[parameter.name.toLowerCase()];
      const value = Array.isArray(sent) ? sent.join(', ') : sent;
      if (value === undefined) {
        if (parameter.required) errors.push({ in: parameter.in, name: parameter.name, detail: 'bắt buộc' });
        continue;
      }
      if (check(parameter, value, errors) !== undefined) {
        if (parameter.in === 'path') input.path[parameter.name] = value;
        else input.headers[parameter.name.toLowerCase()] = value;
      }
    }
    if (operation.body) input.body = checkBody(operation.body, raw, compile, errors);
    return errors.length ? { errors } : { input, errors: [] };
  };
}

function checkBody(
  schema: Json,
  raw: RawRequest,
  compile: (schema: Json) => ValidateFunction,
  errors: InvalidParam[],
): unknown {
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(raw.contentType ?? '')) {
    errors.push({ in: 'body', name: '', detail: 'Content-Type phải là application/json' });
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.body ?? '');
  } catch {
    errors.push({ in: 'body', name: '', detail: 'không phải JSON hợp lệ' });
    return undefined;
  }
  const validate = compile(schema);
  if (validate(parsed)) return parsed;
  errors.push(...bodyErrors(validate.errors ?? []));
  return undefined;
}

/** One entry per body member, named by its JSON pointer (`/overall`, `/answers/staff`). */
function bodyErrors(errors: ErrorObject[]): InvalidParam[] {
  const byPointer = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    const member =
      error.keyword === 'additionalProperties'
        ? `/${(error.params as { additionalProperty: string }).additionalProperty}`
        : error.keyword === 'required'
          ? `/${(error.params as { missingProperty: string }).missingProperty}`
          : '';
    const pointer = `${error.instancePath}${member}`;
    byPointer.set(pointer, [...(byPointer.get(pointer) ?? []), error]);
  }
  return [...byPointer].map(([pointer, group]) => ({ in: 'body', name: pointer, detail: describeError(group) }));
}
