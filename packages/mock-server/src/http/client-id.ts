/**
 * Who sent a request, for the per-client limit on failed look-ups: `hcc-mock-server` tags each request with its
 * socket address; in MSW (Node tests, the browser) every request comes from the one page, so from one client.
 * A weak map rather than a header, so a client cannot name itself.
 */
const clients = new WeakMap<Request, string>();

/** The client of requests nobody tagged: MSW's single page or test. */
export const LOCAL_CLIENT = 'local';

export function tagClient<R extends Request>(request: R, client: string): R {
  clients.set(request, client);
  return request;
}

export function clientOf(request: Request): string {
  return clients.get(request) ?? LOCAL_CLIENT;
}
