import { demoBarStrings } from './demo-bar.strings.js';
import { h } from './dom.js';
import { type EnglishStrings, type Lang, applyLanguage, currentLanguage, onLanguageChange } from './language.js';
import type { ScenarioName } from '@hcc/mock-server';
import { DEMO_SCENARIOS, demoPageHref } from './scenario.js';

/** The demo's pages, in menu order. */
export const DEMO_PAGES = [
  { file: 'index.html', key: 'portal' },
  { file: 'configurator.html', key: 'configurator' },
  { file: 'dashboard.html', key: 'dashboard' },
  { file: 'try.html', key: 'try' },
] as const;

export type DemoPage = (typeof DEMO_PAGES)[number]['key'];

/**
 * Renders the strip above every page: the demo's pages, the mock scenario and the language switch. It belongs to the
 * demo, not to the portal it shows, so it is drawn as a separate, clearly labelled band.
 */
export function renderDemoBar(
  host: HTMLElement,
  page: DemoPage,
  scenario: ScenarioName | undefined,
  english: EnglishStrings,
) {
  const draw = (lang: Lang) => {
    // Redrawing replaces the buttons: keep keyboard focus on the language button that was used.
    const focusedLanguage = host.contains(document.activeElement)
      ? (document.activeElement as HTMLElement).dataset.lang
      : undefined;
    const text = demoBarStrings[lang];
    const links = DEMO_PAGES.map(({ file, key }) =>
      h('li', {}, h('a', { href: demoPageHref(file, scenario), 'aria-current': key === page && 'page' }, text[key])),
    );
    const scenarioSelect = h(
      'select',
      { id: 'demo-scenario', name: 'scenario' },
      h('option', { value: '', selected: !scenario }, text.normal),
      ...DEMO_SCENARIOS.map((name) => h('option', { value: name, selected: name === scenario }, text[name])),
    );
    // A form with its own button: choosing an option does not reload the page by surprise (WCAG 3.2.2).
    const scenarioForm = h(
      'form',
      { class: 'demo-bar__scenario', method: 'get' },
      h('label', { for: 'demo-scenario' }, text.scenario),
      scenarioSelect,
      h('button', { type: 'submit' }, text.apply),
    );
    scenarioForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const url = new URL(location.href);
      if (scenarioSelect.value) url.searchParams.set('scenario', scenarioSelect.value);
      else url.searchParams.delete('scenario');
      location.assign(url);
    });
    const languageButtons = (['vi', 'en'] as const).map((choice) => {
      const button = h(
        'button',
        { type: 'button', lang: choice, 'aria-pressed': String(choice === lang), 'data-lang': choice },
        choice === 'vi' ? 'Tiếng Việt' : 'English',
      );
      button.addEventListener('click', () => switchLanguage(choice, english));
      return button;
    });
    host.replaceChildren(
      h(
        'nav',
        { class: 'demo-bar__inner', 'aria-label': text.label },
        h('span', { class: 'demo-bar__label' }, text.label),
        h('ul', { class: 'demo-bar__pages' }, ...links),
        h(
          'div',
          { class: 'demo-bar__controls' },
          scenarioForm,
          h('div', { class: 'demo-bar__languages', role: 'group', 'aria-label': text.language }, ...languageButtons),
        ),
      ),
    );
    if (focusedLanguage) host.querySelector<HTMLElement>(`[data-lang="${focusedLanguage}"]`)?.focus();
  };
  draw(currentLanguage());
  onLanguageChange(draw);
}

/** Switches language and records it in the URL, so a shared link opens in the same language. */
function switchLanguage(lang: Lang, english: EnglishStrings): void {
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(history.state, '', url);
  applyLanguage(lang, english);
}
