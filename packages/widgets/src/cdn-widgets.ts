/**
 * The widgets the CDN loader (`dist/cdn/hcc-widgets.js`) knows. Each tag has an ES module of the same name in
 * `dist/cdn/` (`hcc-dossier-tracker.module.js`) that registers the element; the build makes one per tag.
 */
export const cdnWidgetTags = ['hcc-procedure-finder', 'hcc-dossier-tracker', 'hcc-satisfaction-survey'] as const;

/** A tag the CDN loader knows. */
export type CdnWidgetTag = (typeof cdnWidgetTags)[number];

/** The file name of a widget's ES module in `dist/cdn/`, beside the loader. */
export function cdnModuleFile(tag: CdnWidgetTag): string {
  return `${tag}.module.js`;
}
