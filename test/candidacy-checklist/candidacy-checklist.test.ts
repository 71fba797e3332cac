import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/candidacy-checklist.js';
import type { CandidacyChangeDetail, DiscCandidacyChecklist } from '../../src/candidacy-checklist.js';
import type { Answer } from '../../src/data/criteria.js';
import criteria from '../../src/data/criteria/ddd-msc.js';
import { mount, part, visibleText } from '../helpers.js';

type Checklist = DiscCandidacyChecklist;

async function mountChecklist(template = html`<disc-candidacy-checklist></disc-candidacy-checklist>`) {
  const mounted = await mount<Checklist>(template);
  const changes: CandidacyChangeDetail[] = [];
  mounted.el.addEventListener('disc-candidacy-change', (event) => changes.push(event.detail));
  return { ...mounted, changes };
}

/**
 * Answers every question from the keyboard alone: Tab into each radio group, then Space for
 * "yes" or the arrow keys for "no" and "not sure"; Tab past "Why we ask". Unlisted predictors
 * are passed over unanswered.
 */
async function answerByKeyboard(el: Checklist, answers: Record<string, Answer>): Promise<void> {
  const first = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!;
  first.focus();
  const questions = [...criteria.redFlags, ...criteria.requirements, ...criteria.exclusions, ...criteria.predictors];
  for (const [index, question] of questions.entries()) {
    if (index > 0) await sendKeys({ press: 'Tab' }); // past "Why we ask"
    if (index > 0) await sendKeys({ press: 'Tab' }); // into the next radio group
    const answer = answers[question.id];
    if (answer === 'yes') await sendKeys({ press: 'Space' });
    if (answer === 'no') await sendKeys({ press: 'ArrowRight' });
    if (answer === 'unsure') {
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
    }
  }
  await el.updateComplete;
}

function fitting(overrides: Record<string, Answer> = {}): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const q of criteria.redFlags) answers[q.id] = 'no';
  for (const q of criteria.requirements) answers[q.id] = q.fits;
  for (const q of criteria.exclusions) answers[q.id] = 'no';
  return { ...answers, ...overrides };
}

const resultText = (el: Element) => part(el, 'result')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<disc-candidacy-checklist>', () => {
  it('starts incomplete, with the regulatory note and "not medical advice" always visible', async () => {
    const { el } = await mountChecklist();
    expect(resultText(el)).to.equal('21 questions left to answer.');
    expect(visibleText(el)).to.contain('not approved any stem-cell or disc-cell treatment');
    expect(visibleText(el)).to.contain('This is information, not medical advice');
    const legends = [...el.shadowRoot!.querySelectorAll('.section > legend')].map((l) => l.textContent);
    expect(legends[0]).to.equal('First: signs that need a doctor now');
  });

  it('reaches "possible" from the keyboard alone and says only a specialist can tell', async () => {
    const { el, changes } = await mountChecklist();
    await answerByKeyboard(el, fitting());
    expect(resultText(el)).to.contain('You may fit the profile that trials and clinics look for');
    expect(resultText(el)).to.contain('Only a specialist');
    const last = changes.at(-1)!;
    expect(last.status).to.equal('possible');
    expect(last.reasons).to.deep.equal([]);
    expect(Object.keys(last.answers)).to.have.length(21);
  });

  it('reaches "unlikely" from the keyboard and names the reason', async () => {
    const { el, changes } = await mountChecklist();
    await answerByKeyboard(el, fitting({ pregnancy: 'yes' }));
    expect(resultText(el)).to.contain('Cell therapy is unlikely to be offered to you now');
    expect(resultText(el)).to.contain('Are you pregnant?');
    expect(changes.at(-1)).to.deep.include({ status: 'unlikely', reasons: ['pregnancy'] });
  });

  it('puts an emergency message above everything as soon as a cauda equina sign is yes', async () => {
    const { el, changes } = await mountChecklist();
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const result = part(el, 'result')!;
    expect(result.getAttribute('role')).to.equal('alert');
    expect(result.getAttribute('aria-live')).to.equal('assertive');
    expect(resultText(el)).to.contain('Call your emergency number');
    const order = [...el.shadowRoot!.querySelector('form')!.children].map((c) => c.getAttribute('part'));
    expect(order.indexOf('result')).to.be.lessThan(order.indexOf('section'));
    expect(changes.at(-1)).to.deep.include({ status: 'urgent', reasons: ['bladder-bowel'] });
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('q-bladder-bowel');
  });

  it('uses "see a doctor promptly" for the other warning signs', async () => {
    const { el } = await mountChecklist();
    await answerByKeyboard(el, { fever: 'yes' });
    expect(resultText(el)).to.contain('Please see a doctor promptly');
    expect(resultText(el)).not.to.contain('emergency');
  });

  it('turns "not sure" into questions for a specialist', async () => {
    const { el } = await mountChecklist();
    await answerByKeyboard(el, fitting({ 'mri-degeneration': 'unsure' }));
    expect(resultText(el)).to.contain('Ask your specialist about:');
    expect(resultText(el)).to.contain('Has an MRI scan shown wear');
  });

  it('shows the clinic’s call to action for possible and unlikely, never for urgent', async () => {
    const { el } = await mountChecklist(
      html`<disc-candidacy-checklist
        cta-href="https://clinic.example/book"
        cta-label="Book a consultation"
      ></disc-candidacy-checklist>`,
    );
    const cta = () => part(el, 'cta');
    expect(cta(), 'incomplete').to.equal(null);
    await answerByKeyboard(el, fitting());
    expect(cta()!.textContent).to.equal('Book a consultation');
    expect((cta() as HTMLAnchorElement).href).to.equal('https://clinic.example/book');
    el.reset();
    await answerByKeyboard(el, fitting({ osteoporosis: 'yes' }));
    expect(cta()!.textContent).to.equal('Talk to a specialist about other options');
    el.reset();
    await answerByKeyboard(el, { trauma: 'yes' });
    expect(Boolean(cta()), 'urgent').to.equal(false);
  });

  it('never links to a javascript: call to action', async () => {
    const { el } = await mountChecklist(
      html`<disc-candidacy-checklist cta-href="javascript:alert(1)"></disc-candidacy-checklist>`,
    );
    await answerByKeyboard(el, fitting());
    expect(el.shadowRoot!.querySelectorAll('a').length).to.equal(0);
  });

  it('starts again with reset(), and says so', async () => {
    const { el, changes } = await mountChecklist();
    await answerByKeyboard(el, { fever: 'yes' });
    el.reset();
    await el.updateComplete;
    expect(resultText(el)).to.equal('21 questions left to answer.');
    expect(el.shadowRoot!.querySelectorAll('input:checked').length).to.equal(0);
    expect(changes.at(-1)).to.deep.equal({ status: 'incomplete', reasons: changes.at(-1)!.reasons, answers: {} });
  });

  it('shows a specific message for an unknown criteria set', async () => {
    const { el, errors } = await mountChecklist(
      html`<disc-candidacy-checklist criteria="nope"></disc-candidacy-checklist>`,
    );
    expect(visibleText(el)).to.contain('Nothing built in has the id "nope"');
    expect(errors.map((e) => e.code)).to.deep.equal(['unknown-id']);
  });

  it('gives every choice a touch target of at least 44 px', async () => {
    const { el } = await mountChecklist();
    for (const label of el.shadowRoot!.querySelectorAll('.choices label')) {
      expect(label.getBoundingClientRect().height).to.be.at.least(44);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${theme} theme, with a result shown`, async () => {
      const { el } = await mountChecklist(html`<disc-candidacy-checklist theme=${theme}></disc-candidacy-checklist>`);
      await expect(el).to.be.accessible();
      await answerByKeyboard(el, fitting({ 'mri-degeneration': 'unsure' }));
      await expect(el).to.be.accessible();
    });
  }
});
