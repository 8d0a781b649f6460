/** The methods a path of the contract answers (`HEAD` follows `GET`; `OPTIONS` is the CORS pre-flight of any path). */
export const API_ROUTES = {
  '/agencies': ['GET'],
  '/fields': ['GET'],
  '/procedures': ['GET'],
  '/procedures/{code}': ['GET'],
  '/dossiers/{code}': ['GET'],
  '/dossiers/{code}/ratings': ['POST'],
  '/survey': ['GET'],
  '/feedback': ['POST'],
  '/stats': ['GET'],
} as const satisfies Record<string, readonly ('GET' | 'POST')[]>;

export type ApiPath = keyof typeof API_ROUTES;

const patterns = (Object.keys(API_ROUTES) as ApiPath[]).map((path) => ({
  path,
  // Like MSW's matching: a parameter is one non-empty segment, a trailing slash is allowed.
  pattern: new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}/?$`),
}));

/** The contract's path a request path (after the base, still percent-encoded) falls under, if any. */
export function matchRoute(path: string): ApiPath | undefined {
  return patterns.find(({ pattern }) => pattern.test(path))?.path;
}

/** The `Allow` header of a path: its methods, `HEAD` with `GET`, and `OPTIONS`. */
export function allowedMethods(path: ApiPath): string[] {
  const methods: string[] = [...API_ROUTES[path]];
  if (methods.includes('GET')) methods.push('HEAD');
  return [...methods, 'OPTIONS'];
}
