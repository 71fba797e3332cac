import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { plainCitation } from '../src/components/evidence-card/citation.js';
import { CATALOG_IDS } from '../src/data/catalog/ids.js';
import { getCatalogStudy } from '../src/data/catalog/index.js';
import '../src/evidence-card.js';
import type { DiscEvidenceCard } from '../src/evidence-card.js';
import en from '../src/locales/en/study.js';
import { minimalStudy } from './fixtures/studies.js';
import { mount, part, parts, until, visibleText } from './helpers.js';

const card = (id: string) => mount<DiscEvidenceCard>(html`<disc-evidence-card study=${id}></disc-evidence-card>`);

describe('<disc-evidence-card> with catalog studies', () => {
  const everyCard = [
    'Not approved: the US FDA has not approved any stem-cell or disc-cell treatment',
    'regulated expanded-access programs',
    'Entry last reviewed November 29, 2026',
  ];

  const expectations: Record<string, string[]> = {
    'xie-2021': [
      'Meta-analysis of randomized trials',
      'The treatment may reduce pain.',
      'The treatment may improve everyday function slightly.',
      'The treatment may increase side effects.',
      'Certainty: low — few small trials; results differed between trials',
      'Certainty: low — a wide range of uncertainty, from few trials',
      'Participants Not reported',
      'Studies pooled Not reported',
      'Compared with Control treatment or standard care',
      'Standardised mean difference -0.50 (an effect size, not scale points)',
      'difference between the treated and the control groups',
      '95% confidence interval -0.68 to -0.33',
      'P <0.00001',
      'Not comparable with the smallest noticeable change',
      'Odds ratio 3.05',
      'Few trials, with few patients in each.',
    ],
    'zhang-2023': [
      'Meta-analysis of before-and-after changes',
      'We are very uncertain whether the treatment reduces pain.',
      'Certainty: very low — a change within one group, which starts at low; results varied greatly between studies (I² 98%)',
      'Participants 245',
      'Studies pooled 9',
      'Compared with No control group',
      '-41.62 points on a 0–100 pain scale',
      'change from before treatment; no comparison group',
      'Reaches the smallest change patients notice (15 points). A change within one group does not show that the treatment caused it.',
      'Reaches the smallest change patients notice (10 points), but the uncertainty range reaches below it',
      '7.4%',
      'P = 0.001',
    ],
    'bates-2022': [
      'Single-group study',
      'We are very uncertain whether the treatment reduces pain.',
      'Certainty: very low — a change within one group, which starts at low; a single group of 9 people',
      'Participants 9',
      'Compared with No control group',
      'Less average pain',
      '7 of 9 (78%)',
      'people who had this result; no comparison group',
      'Disability scores Not reported',
      '10 million cells',
      'a second allowed at 6 months',
      "The patient's own cells (autologous)",
      'Only 9 participants.',
    ],
    'gornet-2024': [
      'Randomized controlled trial',
      'We are very uncertain whether the treatment reduces pain.',
      'Certainty: very low — a change within one group, which starts at low; 20 patients in this group',
      'Participants 60',
      'Pain at 52 weeks',
      '-62.8% from baseline',
      'change from before treatment; in this group only, not compared with the other groups',
      'The vehicle group also had less pain',
      'P = 0.0005',
      'Reaches the smallest change patients notice (30%). A change within one group does not show that the treatment caused it.',
      'Disc progenitor cells',
      'Follow-up 104 weeks',
      'About the title: "FDA-approved" here means the FDA allowed the trial to go ahead',
    ],
    'idct-phase-3': ['Ongoing trial', 'Ongoing — no results yet.', 'Participants 162 planned'],
    'review-2025': [
      'Second-hand report',
      'Secondary source — the primary study is not cited.',
      "Reported by: A clinic's web page",
      'Participants More than 1,299',
      'Studies reviewed 13',
      'What they found Not reported',
    ],
    'bm-msc-phase-2b-2025': [
      'Secondary source — the primary study is not cited.',
      'Design Reported as: Randomized controlled trial.',
      'Participants 52',
      'Compared with Sham injection',
      'in this group only, not compared with the other groups',
    ],
    'mesoblast-msb-dr003': [
      'Participants 404',
      'Whether the trial met its main goal is not verified',
      'Certainty: not rated',
      'Paid for by Mesoblast Ltd., the company that makes the treatment',
      'No journal paper of this trial was found',
    ],
    'mesoblast-msb-dr004': ['Ongoing — no results yet.', 'Participants 300 planned', 'next to the disc'],
    'amirdelfan-2021': [
      'The treatment may reduce pain.',
      'Source of this result: Company press release, January 2015, as reported in the news',
      'Certainty: low — the numbers come from the sponsor’s press release, not the paper',
    ],
    'beall-2020': ['The treatment may worsen everyday function.', 'not stem cells', 'Participants Not reported'],
    'soufi-2023': ['Systematic review, not pooled', 'Studies reviewed 11', 'no evidence that supports'],
    'her-2022': [
      'Systematic review, not pooled',
      'Studies reviewed 16',
      'Participants 607',
      'We are very uncertain whether the treatment reduces pain.',
    ],
    'kumar-2017': ['6 of 10 (60%)', 'We are very uncertain whether the treatment reduces pain.'],
    'centeno-2017': ['Participants 33', 'We are very uncertain whether the treatment reduces pain.'],
  };

  /** Words that must never appear on a card again: they said more than the evidence does. */
  const never: Record<string, string[]> = {
    // Its main goal's result is unknown: nothing may be worded as an effect.
    'mesoblast-msb-dr003': ['The treatment', 'We are very uncertain', 'met its main goal.'],
    // It found no evidence: that is not "little or no difference", and no effect may be worded.
    'soufi-2023': ['little or no difference', 'The treatment', 'Studies pooled'],
    'xie-2021': ['likely', 'moderate amount', 'minor side effects', 'no more frequent', 'share of participants'],
    'zhang-2023': ['studies without control groups', 'bone marrow only'],
    'bates-2022': ['one injection of', 'did best', 'Pain at 12 months: Got worse'],
    'gornet-2024': ['no comparison group', 'versus a control group', 'Disability (Oswestry', 'cut back pain'],
    'review-2025': ['Studies pooled'],
    'bm-msc-phase-2b-2025': ['versus a control group', 'difference between the treated and the control groups'],
  };

  for (const [id, texts] of Object.entries(expectations)) {
    it(`shows the key facts of ${id}`, async () => {
      const { el, errors, warnings } = await card(id);
      const text = visibleText(el);
      for (const expected of [...texts, ...everyCard]) expect(text).to.contain(expected);
      for (const wrong of [...(never[id] ?? []), 'Evidence level', 'of 4', 'offered mainly in clinical trials']) {
        expect(text).not.to.contain(wrong);
      }
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
    });
  }

  it('links to the DOI, PubMed and PMC records, opening safely in a new tab', async () => {
    const { el } = await card('bates-2022');
    const links = parts(el, 'source')[0]!.querySelectorAll('a');
    expect([...links].map((a) => a.href)).to.deep.equal([
      'https://doi.org/10.2144/fsoa-2021-0155',
      'https://pubmed.ncbi.nlm.nih.gov/35662742/',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC9136638/',
    ]);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.textContent).to.contain('(opens in a new tab)');
    }
  });

  it('links an ongoing trial to its registry entry', async () => {
    const { el } = await card('idct-phase-3');
    const link = part(el, 'source')!.querySelector('a')!;
    expect(link.href).to.equal('https://clinicaltrials.gov/study/NCT07254806');
  });

  it('keeps findings past the first ones one click away, and opens them for print', async () => {
    const { el } = await card('xie-2021');
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.contain('All findings (9 more)');
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(details.open).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('follows a change of its lang attribute at once', async () => {
    const { el } = await card('bates-2022');
    expect(visibleText(el)).to.contain('Entry last reviewed November 29, 2026');
    el.lang = 'en-GB';
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Entry last reviewed 29 November 2026');
  });

  it('uses the heading level the site asks for, and the next one for sections', async () => {
    const { el } = await mount<DiscEvidenceCard>(
      html`<disc-evidence-card study="bates-2022" heading-level="2"></disc-evidence-card>`,
    );
    expect(part(el, 'headline')!.getAttribute('aria-level')).to.equal('2');
    const levels = [...el.shadowRoot!.querySelectorAll('[role=heading]')].map((h) => h.getAttribute('aria-level'));
    expect(new Set(levels)).to.deep.equal(new Set(['2', '3']));
  });
});

describe('<disc-evidence-card> in a narrow column', () => {
  for (const id of CATALOG_IDS) {
    it(`fits ${id} into 280 px without sideways scrolling`, async () => {
      const { el } = await mount<HTMLDivElement>(
        html`<div style="width: 280px"><disc-evidence-card study=${id}></disc-evidence-card></div>`,
      );
      const card = el.querySelector('disc-evidence-card')!;
      await card.updateComplete;
      const base = part(card, 'base')!;
      expect(card.getBoundingClientRect().width).to.equal(280);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      for (const child of base.querySelectorAll('*')) {
        expect(child.getBoundingClientRect().right, child.localName).to.be.at.most(
          card.getBoundingClientRect().right + 0.5,
        );
      }
    });
  }
});

describe('<disc-evidence-card variant="compact">', () => {
  it('shows the headline, design, size and one finding, and expands in place', async () => {
    const { el } = await mount<DiscEvidenceCard>(
      html`<disc-evidence-card study="gornet-2024" variant="compact"></disc-evidence-card>`,
    );
    const text = visibleText(el);
    expect(text).to.contain('Randomized controlled trial');
    expect(text).to.contain('Participants 60');
    expect(text).to.contain('-62.8% from baseline');
    expect(parts(el, 'finding')).to.have.length(1);
    expect(Boolean(part(el, 'limitations')), 'limitations shown').to.equal(false);
    const button = part(el, 'expand-button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    button.click();
    await el.updateComplete;
    expect(Boolean(part(el, 'limitations')), 'limitations shown').to.equal(true);
    const collapse = part(el, 'expand-button')!;
    expect(collapse.getAttribute('aria-expanded')).to.equal('true');
    expect(collapse.textContent!.trim()).to.equal('Show less');
    expect(el.shadowRoot!.activeElement === collapse, 'focus stays on the toggle').to.equal(true);
  });
});

describe('<disc-evidence-card> copy citation', () => {
  let original: PropertyDescriptor | undefined;
  beforeEach(() => {
    original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  });
  afterEach(() => {
    if (original) Object.defineProperty(navigator, 'clipboard', original);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  });

  function fakeClipboard(writeText: (text: string) => Promise<void>) {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  }

  it('copies a plain-text citation and says so in a live region', async () => {
    const written: string[] = [];
    fakeClipboard(async (text) => {
      written.push(text);
    });
    const { el } = await card('bates-2022');
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    expect(status.textContent!.trim()).to.equal('');
    part(el, 'copy-button')!.click();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(written).to.deep.equal([plainCitation(await getCatalogStudy('bates-2022'), en)]);
    expect(written[0]).to.equal(
      'Bates D, Vivian D, Freitag J, et al. Low-dose mesenchymal stem cell therapy for discogenic pain: safety and efficacy results from a 1-year feasibility study. Future Science OA. 2022;8(5):FSO794. doi:10.2144/fsoa-2021-0155. PMID: 35662742. PMCID: PMC9136638.',
    );
    expect(status.textContent!.trim()).to.equal('Citation copied');
  });

  it('says how to copy by hand when the clipboard refuses', async () => {
    fakeClipboard(() => Promise.reject(new Error('denied')));
    const { el } = await card('xie-2021');
    part(el, 'copy-button')!.click();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('copy it by hand');
  });
});

describe('<disc-evidence-card> with a site’s own data', () => {
  it('loads a study from a src URL', async () => {
    const { el, errors } = await mount<DiscEvidenceCard>(
      html`<disc-evidence-card src="/test/fixtures/clinic-study.json"></disc-evidence-card>`,
    );
    expect(visibleText(el)).to.contain('Example data, not a real study');
    expect(visibleText(el)).to.contain('Below the smallest change patients notice (2 points)');
    expect(errors).to.deep.equal([]);
  });

  it('says "not rated" for a result without a certainty, and words it no stronger than its design allows', async () => {
    const { el } = await mount<DiscEvidenceCard>(
      html`<disc-evidence-card src="/test/fixtures/clinic-study.json"></disc-evidence-card>`,
    );
    expect(visibleText(el)).to.contain('We are very uncertain whether the treatment reduces pain.');
    expect(part(el, 'certainty')!.textContent).to.equal('Certainty: not rated');
    const trial = minimalStudy({
      design: { kind: 'rct' },
      comparator: 'Saline',
      outcomes: [
        { domain: 'pain', key: true, comparison: 'versus-control', scale: 'vas-100', value: -12, finding: 'Less pain' },
      ],
    });
    const { el: rated } = await mount<DiscEvidenceCard>(html`<disc-evidence-card .data=${trial}></disc-evidence-card>`);
    // Unrated, a randomized comparison is worded one level below where it starts: never "reduces".
    expect(part(rated, 'effect')!.textContent).to.equal('The treatment probably reduces pain.');
    expect(visibleText(rated)).to.contain('Not comparable with the smallest noticeable change');
    expect(visibleText(rated)).not.to.contain('Reaches the smallest change');
  });

  it('reads inline JSON from a child script', async () => {
    const json = JSON.stringify(minimalStudy({ headline: 'Inline example headline' }));
    const { el } = await mount<DiscEvidenceCard>(
      html`<disc-evidence-card
        ><script type="application/json">
          ${json}
        </script></disc-evidence-card
      >`,
    );
    expect(visibleText(el)).to.contain('Inline example headline');
  });

  it('takes a study object through the data property', async () => {
    const { el } = await mount<DiscEvidenceCard>(
      html`<disc-evidence-card .data=${minimalStudy({ headline: 'From a property' })}></disc-evidence-card>`,
    );
    expect(visibleText(el)).to.contain('From a property');
  });

  it('shows HTML in text fields as text and never creates elements from it', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const { el, escaped } = await mount<DiscEvidenceCard>(
      html`<disc-evidence-card
        .data=${minimalStudy({ headline: hostile, limitations: [hostile] })}
      ></disc-evidence-card>`,
    );
    expect(visibleText(el)).to.contain('<img src=x onerror=');
    expect(el.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(escaped).to.deep.equal([]);
  });

  it('finishes loading when it is moved while its data is on the way', async () => {
    const first = document.createElement('div');
    const second = document.createElement('div');
    document.body.append(first, second);
    const el = document.createElement('disc-evidence-card');
    el.src = '/test-server/slow.json';
    first.append(el);
    await new Promise((r) => setTimeout(r, 50));
    second.append(el);
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Example data, not a real study');
    expect(Boolean(part(el, 'error')), 'error shown').to.equal(false);
    first.remove();
    second.remove();
  });

  it('switches to new data when the study attribute changes', async () => {
    const { el } = await card('bates-2022');
    el.study = 'gornet-2024';
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Participants 60');
  });

  it('ignores a slow source once a newer one has arrived', async () => {
    const errors: unknown[] = [];
    const el = document.createElement('disc-evidence-card');
    el.addEventListener('disc-error', (event) => errors.push(event));
    el.src = '/test-server/hang.json';
    el.timeout = 300;
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 50));
    el.src = undefined;
    el.study = 'bates-2022';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 400));
    el.remove();
    expect(visibleText(el)).to.contain('Participants 9');
    expect(errors).to.deep.equal([]);
  });
});

describe('<disc-evidence-card> with bad input', () => {
  const cases: Array<[string, () => ReturnType<typeof mount<DiscEvidenceCard>>, string, string]> = [
    [
      'an unknown id',
      () => card('no-such-study'),
      'unknown-id',
      'Nothing built in has the id "no-such-study". Known ids: xie-2021, zhang-2023',
    ],
    ['no source at all', () => mount(html`<disc-evidence-card></disc-evidence-card>`), 'no-source', 'No data given'],
    [
      'malformed inline JSON',
      () =>
        mount(
          html`<disc-evidence-card
            ><script type="application/json">
              {"id":
            </script></disc-evidence-card
          >`,
        ),
      'invalid-json',
      'The study data is not valid JSON',
    ],
    [
      'wrong-shaped JSON',
      () =>
        mount(
          html`<disc-evidence-card
            ><script type="application/json">
              {
                "id": "x",
                "title": "t",
                "headline": "h",
                "design": { "kind": "rct" },
                "provenance": { "kind": "primary" },
                "status": "completed",
                "lastReviewed": "2026-01-01",
                "outcomes": [
                  { "domain": "pain", "comparison": "versus-control", "finding": "f", "scale": "smd", "value": "big" }
                ]
              }
            </script></disc-evidence-card
          >`,
        ),
      'invalid-data',
      'The study data has a problem: outcomes[0].value: expected a number, got text.',
    ],
    [
      'a src that 404s',
      () => mount(html`<disc-evidence-card src="/test/fixtures/missing.json"></disc-evidence-card>`),
      'http-status',
      'The server answered 404 for "/test/fixtures/missing.json".',
    ],
    [
      'a src that fails with 500',
      () => mount(html`<disc-evidence-card src="/test-server/error.json"></disc-evidence-card>`),
      'http-status',
      'The server answered 500',
    ],
    [
      'a src that returns HTML',
      () => mount(html`<disc-evidence-card src="/test/fixtures/not-json.html"></disc-evidence-card>`),
      'not-json',
      '"/test/fixtures/not-json.html" returned a web page, not JSON data.',
    ],
    [
      'a src that never answers',
      () => mount(html`<disc-evidence-card src="/test-server/hang.json" timeout="300"></disc-evidence-card>`),
      'timeout',
      'took too long to load',
    ],
    [
      'a javascript: src',
      () => mount(html`<disc-evidence-card src="javascript:alert(1)"></disc-evidence-card>`),
      'blocked-url',
      'is not allowed',
    ],
    [
      'a javascript: link in the data',
      () =>
        mount(
          html`<disc-evidence-card
            .data=${minimalStudy({ url: 'javascript:alert(document.domain)' })}
          ></disc-evidence-card>`,
        ),
      'invalid-data',
      'url: only http, https and mailto links are allowed',
    ],
  ];

  for (const [name, make, code, message] of cases) {
    it(`shows a specific message for ${name}, fires disc-error and warns once`, async () => {
      const { el, errors, warnings, escaped } = await make();
      const error = part(el, 'error');
      expect(Boolean(error), 'error box').to.equal(true);
      expect(error!.getAttribute('role')).to.equal('alert');
      expect(visibleText(el)).to.contain('This study cannot be shown');
      expect(visibleText(el)).to.contain(message);
      expect(errors.map((e) => e.code)).to.deep.equal([code]);
      expect(errors[0]!.message).to.contain(message);
      expect(warnings).to.have.length(1);
      expect(escaped).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('a[href^="javascript"]').length).to.equal(0);
    });
  }

  it('recovers when a bad id is replaced by a good one', async () => {
    const { el } = await card('nope');
    el.study = 'bates-2022';
    await el.updateComplete;
    expect(Boolean(part(el, 'error')), 'error shown').to.equal(false);
    expect(visibleText(el)).to.contain('Participants 9');
  });

  it('does not show an error for data that was replaced before the error could be shown', async () => {
    // A fast engine may already have shown the first error when the data changes; what matters is
    // that nothing about the old data surfaces afterwards.
    const errors: unknown[] = [];
    const el = document.createElement('disc-evidence-card');
    el.study = 'no-such-study';
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 0));
    el.addEventListener('disc-error', (event) => errors.push(event));
    el.study = 'bates-2022';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(Boolean(part(el, 'error')), 'error shown').to.equal(false);
    expect(visibleText(el)).to.contain('Participants 9');
    expect(errors).to.have.length(0);
    el.remove();
  });

  it('keeps a failure inside its own widget', async () => {
    class BrokenCard extends (customElements.get('disc-evidence-card') as typeof DiscEvidenceCard) {
      protected override renderContent(): never {
        throw new Error('forced failure');
      }
    }
    customElements.define('broken-evidence-card', BrokenCard);
    const { el, errors, escaped } = await mount<DiscEvidenceCard>(
      html`<div>
        <broken-evidence-card study="bates-2022"></broken-evidence-card>
        <p>Article text goes on.</p>
      </div>`,
    );
    const broken = el.querySelector('broken-evidence-card')!;
    await (broken as DiscEvidenceCard).updateComplete;
    expect(visibleText(broken)).to.contain('Something went wrong while showing this.');
    expect(errors.map((e) => e.code)).to.deep.equal(['render']);
    expect(escaped).to.deep.equal([]);
    expect(el.textContent).to.contain('Article text goes on.');
  });
});

describe('<disc-evidence-card> accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const id of CATALOG_IDS) {
      it(`has no axe violations for ${id} in the ${theme} theme`, async () => {
        const { el } = await mount<DiscEvidenceCard>(
          html`<disc-evidence-card study=${id} theme=${theme}></disc-evidence-card>`,
        );
        await expect(el).to.be.accessible();
      });
    }
  }

  it('has no axe violations in the compact variant and the error state', async () => {
    const compact = await mount<DiscEvidenceCard>(
      html`<disc-evidence-card study="bates-2022" variant="compact"></disc-evidence-card>`,
    );
    await expect(compact.el).to.be.accessible();
    const failed = await card('nope');
    await expect(failed.el).to.be.accessible();
  });

  it('lets the keyboard reach every control in order', async () => {
    const { el } = await card('xie-2021');
    // Buttons on both sides: tabbing off the end of a page moves focus into the browser's own
    // interface in some engines, and keys then stop reaching the page.
    const before = document.createElement('button');
    before.textContent = 'before';
    const after = document.createElement('button');
    after.textContent = 'after';
    el.before(before);
    el.after(after);
    before.focus();
    const reached: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      reached.push(active ? `${active.localName}:${active.textContent!.replace(/\s+/g, ' ').trim()}` : 'outside');
    }
    before.remove();
    after.remove();
    expect(reached).to.deep.equal([
      'summary:All findings (9 more)',
      'a:DOI 10.1155/2021/9149315 (opens in a new tab)',
      'a:PubMed 34557231 (opens in a new tab)',
      'a:Full text (PMC) PMC8455197 (opens in a new tab)',
      'button:Copy citation',
      'button:Citation file (RIS)',
      'button:Citation file (BibTeX)',
      'outside',
    ]);
  });

  it('expands the compact card from the keyboard', async () => {
    const { el } = await mount<DiscEvidenceCard>(
      html`<disc-evidence-card study="bates-2022" variant="compact"></disc-evidence-card>`,
    );
    part(el, 'expand-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => Boolean(part(el, 'limitations')), 'limitations shown');
  });
});

describe('<disc-evidence-card> who paid', () => {
  /** The facts list as [label, value] pairs. */
  const facts = (el: Element) =>
    [...part(el, 'facts')!.querySelectorAll('div')].map((row) => [
      row.querySelector('dt')!.textContent!.trim(),
      row.querySelector('dd')!.textContent!.trim(),
    ]);

  it('says who paid on the full and the compact card, and "Not reported" when no source says', async () => {
    const full = await card('bates-2022');
    expect(facts(full.el)).to.deep.include(['Paid for by', 'Not reported']);
    const compact = await mount<DiscEvidenceCard>(
      html`<disc-evidence-card study="bates-2022" variant="compact"></disc-evidence-card>`,
    );
    expect(facts(compact.el)).to.deep.include(['Paid for by', 'Not reported']);
  });

  it('names a sponsor, and says so when it makes the treatment, in either language', async () => {
    const maker = { sponsor: 'Example Biotech Ltd.', maker: true };
    const { el } = await mount<DiscEvidenceCard>(
      html`<disc-evidence-card .data=${minimalStudy({ funding: maker })}></disc-evidence-card>`,
    );
    expect(facts(el)).to.deep.include(['Paid for by', 'Example Biotech Ltd., the company that makes the treatment']);
    const es = await mount<DiscEvidenceCard>(
      html`<disc-evidence-card lang="es" .data=${minimalStudy({ funding: maker })}></disc-evidence-card>`,
    );
    expect(facts(es.el)).to.deep.include([
      'Financiado por',
      'Example Biotech Ltd., la empresa que fabrica el tratamiento',
    ]);
    const other = await mount<DiscEvidenceCard>(
      html`<disc-evidence-card
        .data=${minimalStudy({ funding: { sponsor: 'A national research council' } })}
      ></disc-evidence-card>`,
    );
    expect(facts(other.el)).to.deep.include(['Paid for by', 'A national research council']);
  });
});
