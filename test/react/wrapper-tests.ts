import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import * as React from 'react';
import { CandidacyChecklist, EvidenceCard, EvidenceOverview, OutcomeTimeline } from '../../src/react.js';
import { minimalStudy } from '../fixtures/studies.js';
import { part, visibleText } from '../helpers.js';
import { reactRootPerTest } from './react-root.js';

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i += 1) await new Promise((r) => setTimeout(r, 20));
  expect(condition(), what).to.equal(true);
}

/** The wrapper tests, run once per React major version. */
export function reactWrapperTests(major: string): void {
  describe(`React ${major} wrappers`, () => {
    const { host, show } = reactRootPerTest();

    it(`runs on React ${major}`, () => {
      expect(React.version.split('.')[0]).to.equal(major);
    });

    it('renders a card from its attributes and follows a change of study', async () => {
      show(createElement(EvidenceCard, { study: 'bates-2022', variant: 'compact' }));
      const card = host().querySelector('disc-evidence-card')!;
      await card.updateComplete;
      expect(card.getAttribute('variant')).to.equal('compact');
      expect(visibleText(card)).to.contain('Participants 9');
      show(createElement(EvidenceCard, { study: 'gornet-2024', variant: 'compact' }));
      await card.updateComplete;
      expect(visibleText(card)).to.contain('Participants 60');
    });

    it('passes an object as a property, not as an attribute string', async () => {
      show(createElement(EvidenceCard, { data: minimalStudy({ headline: 'Passed as an object' }) }));
      const card = host().querySelector('disc-evidence-card')!;
      await card.updateComplete;
      expect(visibleText(card)).to.contain('Passed as an object');
      expect(card.hasAttribute('data')).to.equal(false);
    });

    it('forwards disc-error to onDiscError with its detail', async () => {
      const codes: string[] = [];
      const warn = console.warn;
      console.warn = () => {}; // the element's one warning is tested elsewhere
      show(createElement(EvidenceCard, { study: 'no-such-study', onDiscError: (e) => codes.push(e.detail.code) }));
      await until(() => codes.length > 0, 'onDiscError called').finally(() => (console.warn = warn));
      expect(codes).to.deep.equal(['unknown-id']);
      const card = host().querySelector('disc-evidence-card')!;
      expect(visibleText(card)).to.contain('no-such-study');
    });

    it('forwards the checklist change event with the status', async () => {
      const statuses: string[] = [];
      show(
        createElement(CandidacyChecklist, {
          ctaHref: '/book',
          onDiscCandidacyChange: (e) => statuses.push(e.detail.status),
        }),
      );
      const checklist = host().querySelector('disc-candidacy-checklist')!;
      await checklist.updateComplete;
      // "Yes" to the first warning sign: the result is urgent at once.
      checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio][value=yes]')!.click();
      await until(() => statuses.length > 0, 'onDiscCandidacyChange called');
      expect(statuses).to.deep.equal(['urgent']);
    });

    it('renders a timeline with its journey', async () => {
      show(createElement(OutcomeTimeline, { studies: 'gornet-2024 xie-2021', journey: true }));
      const timeline = host().querySelector('disc-outcome-timeline')!;
      await timeline.updateComplete;
      expect(Boolean(part(timeline, 'summary')), 'summary shown').to.equal(true);
      expect(timeline.hasAttribute('journey')).to.equal(true);
    });

    it('renders an overview of the studies named, with its heading level and disclosure', async () => {
      show(
        createElement(EvidenceOverview, {
          studies: 'haufe-2006 gornet-2024',
          headingLevel: 3,
          disclosure: 'We offer this treatment.',
        }),
      );
      const overview = host().querySelector('disc-evidence-overview')!;
      await until(() => (overview.shadowRoot?.querySelectorAll('[part~="study"]').length ?? 0) === 2, 'the studies');
      expect(overview.shadowRoot!.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('3');
      expect(overview.shadowRoot!.textContent).to.contain('This site’s interest:');
    });
  });
}
