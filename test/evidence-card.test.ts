import { expect, fixture, html } from '@open-wc/testing';
import '../src/evidence-card.js';
import type { DiscEvidenceCard } from '../src/evidence-card.js';

describe('<disc-evidence-card>', () => {
  it('shows the headline of a catalog study', async () => {
    const el = await fixture<DiscEvidenceCard>(html`<disc-evidence-card study="bates-2022"></disc-evidence-card>`);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('9 people');
  });
});
