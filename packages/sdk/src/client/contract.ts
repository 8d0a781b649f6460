import type { paths } from '../generated/api.js';

/** The HTTP methods the contract uses, as openapi-typescript names them. */
export type Method = 'get' | 'post';

/** The paths of the contract that answer `method`. */
export type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends undefined ? never : P;
}[keyof paths];

/** The operation behind `method path`. */
export type OperationOf<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

type Operation = { parameters: { path?: unknown; query?: unknown; header?: unknown }; responses: object };

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206;

/** The body an operation takes: required when the contract requires it, forbidden when it has none. */
type BodyOf<Op> = Op extends { requestBody: { content: { 'application/json': infer Body } } }
  ? { body: Body }
  : { body?: never };

/**
 * What a call of an operation sends: its path, query and header parameters and its body, each required or
 * optional exactly as the contract says.
 */
export type RequestParts<Op extends Operation> = Pick<Op['parameters'], 'path' | 'query' | 'header'> & BodyOf<Op>;

/** What an operation answers with on success: the JSON content of its 2xx response. */
export type AnswerOf<Op extends Operation> = {
  [S in keyof Op['responses'] & SuccessStatus]: Op['responses'][S] extends {
    content: { 'application/json': infer Data };
  }
    ? Data
    : undefined;
}[keyof Op['responses'] & SuccessStatus];

/** The error statuses the contract lists for an operation (a proxy may still answer others). */
export type ErrorStatusOf<Op extends Operation> = Exclude<keyof Op['responses'], SuccessStatus | 'default'>;
