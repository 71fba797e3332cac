import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../src/evidence-card.js';
import type { DiscEvidenceCard } from '../src/evidence-card.js';
import { bibtexCitation, risCitation } from '../src/components/evidence-card/cite.js';
import type { Study } from '../src/data/model.js';
import en from '../src/locales/en/study.js';
import { minimalStudy } from './fixtures/studies.js';
import { mount, part } from './helpers.js';

/**
 * Clicks a card's button by its words and returns the file it handed to the browser. The link's
 * click is caught, so no browser opens a download prompt or leaves the test page.
 */
async function download(el: DiscEvidenceCard, words: string): Promise<{ name: string; type: string; text: string }> {
  const click = HTMLAnchorElement.prototype.click;
  const caught = new Promise<{ href: string; name: string }>((resolve) => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      resolve({ href: this.href, name: this.download });
    };
  });
  try {
    const button = [...part(el, 'source')!.querySelectorAll('button')].find((b) => b.textContent!.trim() === words);
    expect(button, `a button "${words}"`).to.not.equal(undefined);
    button!.click();
    const { href, name } = await Promise.race([
      caught,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no download within 5 s')), 5000)),
    ]);
    const blob = await (await fetch(href)).blob();
    return { name, type: blob.type, text: await blob.text() };
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
}

const card = (study: string, lang = 'en') =>
  mount<DiscEvidenceCard>(html`<disc-evidence-card study=${study} lang=${lang}></disc-evidence-card>`).then(
    ({ el }) => el,
  );

/** RIS lines as [tag, value] pairs. */
const risTags = (text: string) =>
  text
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      expect(line).to.match(/^[A-Z][A-Z0-9] {2}- /);
      return [line.slice(0, 2), line.slice(6)];
    });

describe('<disc-evidence-card> citation files', () => {
  it('downloads a journal article as RIS, with every identifier it has', async () => {
    const file = await download(await card('xie-2021'), 'Citation file (RIS)');
    expect(file.name).to.equal('xie-2021.ris');
    expect(file.type).to.match(/^application\/x-research-info-systems/);
    expect(file.text.endsWith('ER  - \r\n')).to.equal(true);
    const tags = risTags(file.text);
    expect(tags[0]).to.deep.equal(['TY', 'JOUR']);
    expect(tags.filter(([tag]) => tag === 'AU').map(([, name]) => name)).to.deep.equal([
      'Xie, B.',
      'Chen, S.',
      'Xu, Y.',
      'Han, W.',
      'Hu, R.',
      'Chen, M.',
      'He, R.',
      'Ding, S.',
    ]);
    expect(tags).to.deep.include.members([
      ['T2', 'Stem Cells International'],
      ['PY', '2021'],
      ['DO', '10.1155/2021/9149315'],
      ['AN', 'PMID: 34557231'],
      ['C2', 'PMC8455197'],
      ['UR', 'https://doi.org/10.1155/2021/9149315'],
    ]);
    expect(tags.find(([tag]) => tag === 'TI')![1]).to.match(/^Clinical Efficacy and Safety of Human Mesenchymal/);
  });

  it('downloads BibTeX with pages, the note on a misleading title, and initials', async () => {
    const file = await download(await card('gornet-2024'), 'Citation file (BibTeX)');
    expect(file.name).to.equal('gornet-2024.bib');
    expect(file.type).to.match(/^application\/x-bibtex/);
    expect(file.text).to.match(/^@article\{gornet2024,\n/);
    expect(file.text).to.contain('author = {Gornet, M. F. and Beall, D. P. and Davis, T. T.');
    expect(file.text).to.contain('journal = {International Journal of Spine Surgery}');
    expect(file.text).to.contain('volume = {18}');
    expect(file.text).to.contain('number = {3}');
    expect(file.text).to.contain('pages = {237--248}');
    expect(file.text).to.contain('doi = {10.14444/8609}');
    expect(file.text).to.match(/note = \{About the title: [^}]+\}/);
    expect(file.text.trimEnd().endsWith('}')).to.equal(true);
  });

  it('cites a registered trial without a paper by its registry id, and a second-hand report by who reported it', async () => {
    const trial = risTags((await download(await card('idct-phase-3'), 'Citation file (RIS)')).text);
    expect(trial[0]).to.deep.equal(['TY', 'GEN']);
    expect(trial).to.deep.include(['N1', 'Trial registration: NCT07254806']);
    const trialBib = (await download(await card('idct-phase-3'), 'Citation file (BibTeX)')).text;
    expect(trialBib).to.match(/^@misc\{/);
    expect(trialBib).to.contain('Trial registration: NCT07254806');

    const secondHand = risTags((await download(await card('bm-msc-phase-2b-2025'), 'Citation file (RIS)')).text);
    expect(secondHand).to.deep.include(['N1', "Reported by: A clinic's web page"]);
  });

  it('writes its notes in Spanish for a Spanish card', async () => {
    const el = await card('idct-phase-3', 'es');
    const buttons = [...part(el, 'source')!.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(buttons).to.include.members(['Archivo de cita (RIS)', 'Archivo de cita (BibTeX)']);
    const tags = risTags((await download(el, 'Archivo de cita (RIS)')).text);
    expect(tags.find(([tag]) => tag === 'N1')![1]).to.match(/NCT07254806/);
    expect(tags.find(([tag]) => tag === 'N1')![1]).not.to.match(/^Trial registration/);
  });

  it("keeps a site's own text from breaking out of a BibTeX field or a RIS line", () => {
    const study = {
      ...minimalStudy(),
      id: 'our-study',
      title: 'Pain {at} 50% & more_than #1 \\ $5 ~ ^\nTY  - JOUR',
      authors: ['Smith J', 'Clinic {Group}'],
      journal: undefined,
      year: 2024,
    } as Study;
    const bib = bibtexCitation(study, en);
    expect(bib).to.contain(
      'title = {{Pain \\{at\\} 50\\% \\& more\\_than \\#1 \\textbackslash{} \\$5 \\textasciitilde{} \\textasciicircum{} TY - JOUR}}',
    );
    expect(bib).to.contain('author = {Smith, J. and {Clinic \\{Group\\}}}');
    expect(bib).to.match(/^@misc\{smith2024,/);
    // Braces balance: the fields cannot be closed early.
    let depth = 0;
    for (const c of bib.replace(/\\[{}]/g, '')) {
      if (c === '{') depth += 1;
      if (c === '}') depth -= 1;
      expect(depth).to.be.at.least(0);
    }
    expect(depth).to.equal(0);
    const ris = risCitation(study, en);
    // A line break in the data cannot start a tag of its own.
    expect(ris.split('\r\n').filter((line) => line.startsWith('TY'))).to.have.length(1);
  });
});
