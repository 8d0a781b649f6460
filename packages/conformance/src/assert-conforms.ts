import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

/**
 * Validates responses against `openapi.yaml` itself (OpenAPI 3.1 = JSON Schema 2020-12): status code declared for
 * the operation, content type, body schema and declared headers (`Retry-After`).
 */
const specPath = createRequire(import.meta.url).resolve('@hcc/sdk/openapi.yaml');
const SPEC_ID = 'https://hcc.example/openapi.json';

type Json = Record<string, unknown>;
const spec = parse(readFileSync(specPath, 'utf8')) as Json & { paths: Record<string, Record<string, Json>> };

/** Local `#/…` references → references into the registered spec document. */
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

const ajv = new Ajv2020({ strict: false, allErrors: true });
// CommonJS interop: the plugin is the module itself or its `default`.
((addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats)(ajv);
ajv.addSchema({ $id: SPEC_ID, components: rebase(spec.components) });

const resolveRef = (node: Json): Json => {
  const ref = node.$ref as string | undefined;
  if (!ref) return node;
  return ref
    .slice(2)
    .split('/')
    .reduce<Json>((parent, key) => parent[key] as Json, spec);
};

/** The OpenAPI path template matching a concrete path (`/dossiers/X/ratings` → `/dossiers/{code}/ratings`). */
function templateOf(path: string): string {
  const template = Object.keys(spec.paths).find((candidate) =>
    new RegExp(`^${candidate.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path),
  );
  if (!template) throw new Error(`No operation in openapi.yaml for path ${path}`);
  return template;
}

const validators = new Map<string, ValidateFunction>();

/** Throws with a readable reason when a response does not conform to the contract; returns the parsed body. */
export async function assertConforms(method: string, path: string, response: Response): Promise<unknown> {
  const template = templateOf(path);
  const operation = spec.paths[template]?.[method.toLowerCase()] as Json | undefined;
  if (!operation) throw new Error(`${method} ${template} is not in openapi.yaml`);
  const declared = resolveRef(((operation.responses as Json)[String(response.status)] ?? {}) as Json);
  if (!Object.keys(declared).length)
    throw new Error(`${method} ${template} does not declare status ${response.status}`);
  for (const header of Object.keys((declared.headers as Json) ?? {})) {
    const value = response.headers.get(header);
    if (value === null || !/^\d+$/.test(value))
      throw new Error(`${response.status} needs header ${header}, got ${value}`);
  }
  const content = (declared.content ?? {}) as Record<string, Json>;
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  const media = content[type];
  if (!media) throw new Error(`${method} ${template} ${response.status}: undeclared content type "${type}"`);
  const body = await response.clone().json();
  const key = `${method} ${template} ${response.status} ${type}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(rebase(media.schema as Json));
    validators.set(key, validate);
  }
  if (!validate(body)) {
    throw new Error(
      `${key} does not match the contract: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`,
    );
  }
  return body;
}
