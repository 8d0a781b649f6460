import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';

/** A JSON value of the contract. */
export type Json = Record<string, unknown>;

/** One parameter of an operation, its `$ref` resolved. */
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: Json;
}

/** One operation of the contract, as the server routes and validates it. */
export interface Operation {
  operationId: string;
  method: 'GET' | 'POST';
  /** The OpenAPI path (`/dossiers/{code}`). */
  path: string;
  parameters: Parameter[];
  /** The JSON schema of the request body, when the operation takes one. */
  body?: Json;
}

/** The contract itself: `openapi.yaml` as shipped by `@hcc/sdk`. */
export interface OpenApi {
  document: Json & { components: Json };
  operations: Operation[];
}

const resolveRef = (document: Json, node: Json): Json => {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  return ref
    .slice(2)
    .split('/')
    .reduce<Json>((parent, key) => parent[key] as Json, document);
};

/** Reads `@hcc/sdk/openapi.yaml` (or another copy of the contract) and lists its operations. */
export function loadOpenApi(path = createRequire(import.meta.url).resolve('@hcc/sdk/openapi.yaml')): OpenApi {
  const document = parse(readFileSync(path, 'utf8')) as OpenApi['document'];
  const operations: Operation[] = [];
  for (const [route, methods] of Object.entries(document.paths as Record<string, Json>)) {
    for (const [method, value] of Object.entries(methods)) {
      const operation = value as Json;
      const body = (operation.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
      operations.push({
        operationId: operation.operationId as string,
        method: method.toUpperCase() as Operation['method'],
        path: route,
        parameters: ((operation.parameters as Json[] | undefined) ?? []).map(
          (parameter) => resolveRef(document, parameter) as unknown as Parameter,
        ),
        ...(body?.['application/json'] ? { body: body['application/json'].schema as Json } : {}),
      });
    }
  }
  return { document, operations };
}
