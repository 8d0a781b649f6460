import type { HccClient } from '@hcc/sdk';
import { resolveClient } from '../shared/api-client.js';
import type { AnswerDeliveryOptions } from './answer-delivery.js';

/** What a widget tells about where its answers go. */
export interface RoutedWidget {
  client?: HccClient | undefined;
  apiBase?: string | undefined;
  localName: string;
}

/**
 * Where a widget's answers go: the API as every request of the widget finds it (`client`, `api-base`, or the page's
 * default). A client given by the integrator or the page also carries the outbox's deliveries.
 */
export function answerRoute(widget: RoutedWidget): Pick<AnswerDeliveryOptions, 'apiBase' | 'client'> {
  const route = () => resolveClient({ client: widget.client, apiBase: widget.apiBase, tag: widget.localName });
  return {
    apiBase: () => route().baseUrl,
    client: () => {
      const resolved = route();
      return resolved.source === 'api-base' ? undefined : resolved.client;
    },
  };
}
