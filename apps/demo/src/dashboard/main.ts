import type { Agency, HccClient, Stats } from '@hcc/sdk';
import { demoClient } from '../shell/api.js';
import { currentLanguage, onLanguageChange } from '../shell/language.js';
import { clearMessage, showRetry } from '../shell/retry-message.js';
import { markPageReady, startPage } from '../shell/start-page.js';
import { agencyOptionGroups } from './agency-options.js';
import { dashboardEnglish, dashboardStrings } from './dashboard.strings.js';
import { lastTwelveMonths, vietnamToday } from './default-range.js';
import { failureMessage } from './failure-message.js';
import { statsView } from './stats-view.js';

const { apiBaseUrl } = await startPage('dashboard', dashboardEnglish);
const client: HccClient = demoClient(apiBaseUrl);

const filters = document.getElementById('filters') as HTMLFormElement;
const agencySelect = document.getElementById('filter-agency') as HTMLSelectElement;
const status = document.getElementById('dashboard-status') as HTMLElement;
const agencyStatus = document.getElementById('agency-status') as HTMLElement;
const results = document.getElementById('dashboard-results') as HTMLElement;
let lastStats: Stats | undefined;
let pending: AbortController | undefined;
let agencies: Agency[] = [];

// The last 12 months unless the reader chose a period: shown in the form, so what is counted is never hidden.
const defaultRange = lastTwelveMonths(vietnamToday(new Date()));
for (const [name, value] of Object.entries(defaultRange)) {
  const input = filters.elements.namedItem(name) as HTMLInputElement;
  input.value ||= value;
}

async function loadStats(): Promise<void> {
  pending?.abort();
  pending = new AbortController();
  const text = dashboardStrings[currentLanguage()];
  const data = new FormData(filters);
  const params = Object.fromEntries(
    ['agency', 'from', 'to'].map((name) => [name, String(data.get(name) ?? '')]).filter(([, value]) => value !== ''),
  );
  clearMessage(status);
  status.textContent = text.loading;
  results.setAttribute('aria-busy', 'true');
  try {
    lastStats = await client.stats.get(params, { signal: pending.signal });
    status.textContent = '';
    results.replaceChildren(...statsView(lastStats, currentLanguage()));
  } catch (error) {
    if ((error as { kind?: string }).kind === 'aborted') return;
    lastStats = undefined;
    results.replaceChildren();
    showRetry(status, failureMessage(error, currentLanguage()), text.retry, loadStats);
  } finally {
    results.setAttribute('aria-busy', 'false');
  }
}

async function loadAgencies(): Promise<void> {
  clearMessage(agencyStatus);
  try {
    agencies = await client.agencies.list({ includeFormer: true });
    showAgencies();
  } catch {
    // The figures for the whole province still load; the filter offers no agencies until a retry succeeds.
    const text = dashboardStrings[currentLanguage()];
    showRetry(agencyStatus, text['agencies-failed'], text.retry, loadAgencies);
  }
}

function showAgencies(): void {
  const text = dashboardStrings[currentLanguage()];
  const chosen = agencySelect.value;
  const all = agencySelect.options[0];
  agencySelect.replaceChildren(
    ...(all ? [all] : []),
    ...agencyOptionGroups(agencies, text['current-agencies'], text['former-agencies']),
  );
  agencySelect.value = chosen;
}

filters.addEventListener('submit', (event) => {
  event.preventDefault();
  void loadStats();
});
onLanguageChange((lang) => {
  showAgencies();
  if (lastStats) results.replaceChildren(...statsView(lastStats, lang));
});

await Promise.all([loadAgencies(), loadStats()]);
markPageReady();
