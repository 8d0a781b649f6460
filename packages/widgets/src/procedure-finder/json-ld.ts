import type { Channel, Procedure } from '@hcc/sdk';
import { httpUrl } from '../shared/safe-url.js';
import { detailStrings } from './procedure-detail.strings.js';

/** A channel's name in Vietnamese, as the widget shows it. */
const channelName = (channel: Channel) => detailStrings.vi[`channel.${channel}`];

/** Schema.org things of `type`, one per name. */
const named = (type: string, names: readonly string[]) => names.map((name) => ({ '@type': type, name }));

/**
 * The procedure as a schema.org `GovernmentService`, for search engines. In Vietnamese, the language of the
 * official record, whatever the widget's language.
 */
export function toGovernmentService(procedure: Procedure, pageUrl?: string): Record<string, unknown> {
  // URLs from the catalogue (or the page) go in only as absolute http(s) addresses, like every link the widgets build.
  const serviceUrl = httpUrl(procedure.onlineSubmissionUrl);
  const url = httpUrl(pageUrl);
  const service: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: procedure.name,
    identifier: procedure.code,
    serviceType: procedure.fields.join(', '),
    provider: named('GovernmentOrganization', procedure.executingAgencies),
    audience: procedure.audience.map((audienceType) => ({ '@type': 'Audience', audienceType })),
    availableChannel: procedure.channels.map((channel) => ({
      '@type': 'ServiceChannel',
      name: channelName(channel.channel),
      ...(channel.channel === 'online' && serviceUrl ? { serviceUrl } : {}),
      ...(channel.channel === 'in-person' && procedure.receivingPlaces.length > 0
        ? { serviceLocation: named('Place', procedure.receivingPlaces) }
        : {}),
    })),
    offers: procedure.channels.flatMap((channel) =>
      channel.fees.map((fee) => ({
        '@type': 'Offer',
        name: `${channelName(channel.channel)}${fee.description ? `: ${fee.description}` : ''}`,
        price: fee.amount,
        priceCurrency: 'VND',
      })),
    ),
  };
  if (procedure.results.length > 0) service.serviceOutput = named('Thing', procedure.results);
  if (url) service.url = url;
  return service;
}

/**
 * JSON for a `<script type="application/ld+json">`. `<` is escaped so that the text stays inert even when a page
 * serialises its DOM back to HTML (a name containing `</script>` cannot close the element).
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
