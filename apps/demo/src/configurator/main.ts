import { demoClient } from '../shell/api.js';
import { currentLanguage } from '../shell/language.js';
import { clearMessage, showRetry } from '../shell/retry-message.js';
import { markPageReady, startPage } from '../shell/start-page.js';
import { configuratorEnglish, configuratorStrings } from './configurator.strings.js';
import { buildEmbedSnippet } from './embed-snippet.js';
import { loadOptions } from './options.js';
import { renderPreview } from './preview.js';
import { readEmbedConfig, showApplicableFields } from './read-form.js';

const { apiBaseUrl } = await startPage('configurator', configuratorEnglish);
await Promise.all([
  import('@hcc/widgets/procedure-finder'),
  import('@hcc/widgets/dossier-tracker'),
  import('@hcc/widgets/satisfaction-survey'),
]);

const form = document.getElementById('configurator-form') as HTMLFormElement;
const preview = document.getElementById('preview') as HTMLElement;
const snippet = document.getElementById('snippet') as HTMLElement;
const copyButton = document.getElementById('copy-snippet') as HTMLButtonElement;
const copyStatus = document.getElementById('copy-status') as HTMLElement;
const optionsStatus = document.getElementById('options-status') as HTMLElement;
const client = demoClient(apiBaseUrl);

function update(): void {
  const config = readEmbedConfig(form);
  showApplicableFields(form, config);
  renderPreview(preview, config);
  snippet.textContent = buildEmbedSnippet(config);
  copyStatus.textContent = '';
}

async function fillLists(): Promise<void> {
  clearMessage(optionsStatus);
  try {
    await loadOptions(
      client,
      form.elements.namedItem('agency') as HTMLSelectElement,
      form.elements.namedItem('field') as HTMLSelectElement,
    );
  } catch {
    const text = configuratorStrings[currentLanguage()];
    showRetry(optionsStatus, text['options-failed'], text.retry, fillLists);
  }
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
copyButton.addEventListener('click', async () => {
  const text = configuratorStrings[currentLanguage()];
  try {
    await navigator.clipboard.writeText(snippet.textContent ?? '');
    copyStatus.textContent = text.copied;
  } catch {
    getSelection()?.selectAllChildren(snippet);
    copyStatus.textContent = text['copy-failed'];
  }
});

update();
await fillLists();
markPageReady();
