import { expect } from '@open-wc/testing';
import '../src/index.js';

/**
 * The loading line is in the widget's language from the first render, before the texts in that
 * language have arrived. This file must be the first to load the built-in data and the Spanish
 * texts it asks for, so every widget here starts in its loading state.
 */
const cases: Array<[tag: string, attribute: string, value: string, lang: string, line: string]> = [
  ['disc-evidence-card', 'study', 'zhang-2023', 'es', 'Cargando el estudio…'],
  ['disc-outcome-timeline', 'studies', 'xie-2021 zhang-2023', 'es-MX', 'Cargando los resultados…'],
  ['disc-candidacy-checklist', 'criteria', 'ddd-msc', 'es', 'Cargando la lista de preguntas…'],
  ['disc-evidence-card', 'study', 'idct-phase-3', 'fr', 'Loading the study…'],
];

describe('the loading line', () => {
  for (const [tag, attribute, value, lang, line] of cases) {
    it(`<${tag} lang="${lang}"> says "${line}" while it loads`, async () => {
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      el.setAttribute(attribute, value);
      el.lang = lang;
      const shown: string[] = [];
      const watch = new MutationObserver(() => {
        const status = el.shadowRoot?.querySelector('[aria-busy="true"] [role=status]');
        if (status) shown.push(status.textContent!.trim());
      });
      document.body.append(el);
      watch.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      try {
        await el.updateComplete;
        expect(shown.length, 'renders in the loading state').to.be.greaterThan(0);
        expect([...new Set(shown)]).to.deep.equal([line]);
        expect(el.shadowRoot!.querySelector('[aria-busy]')).to.equal(null);
      } finally {
        watch.disconnect();
        el.remove();
      }
    });
  }
});
