import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/candidacy-checklist.js';
import type { CandidacyChangeDetail, DiscCandidacyChecklist } from '../../src/candidacy-checklist.js';
import type { Answer } from '../../src/data/criteria.js';
import criteria from '../../src/data/criteria/ddd-msc.js';
import { mount, part, until, visibleText, whilePrinting } from '../helpers.js';

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
    if (answer === 'yes') await sendKeys({ press: ' ' });
    if (answer === 'no') await sendKeys({ press: 'ArrowRight' });
    if (answer === 'unsure') {
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
    }
    if (answer) {
      const input = `input[name="q-${question.id}"][value="${answer}"]`;
      await until(() => Boolean(el.shadowRoot!.querySelector<HTMLInputElement>(input)?.checked), input);
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
    expect(resultText(el)).to.equal('25 questions left to answer.');
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
    expect(Object.keys(last.answers)).to.have.length(25);
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
    await sendKeys({ press: ' ' });
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

  it('says "if you are not sure, get checked today" for "not sure" to an emergency sign, in an alert above everything', async () => {
    const { el, changes } = await mountChecklist();
    await answerByKeyboard(el, fitting({ 'saddle-numbness': 'unsure' }));
    const result = part(el, 'result')!;
    expect(result.getAttribute('role')).to.equal('alert');
    expect(resultText(el)).to.contain('If you are not sure, get checked today');
    expect(resultText(el)).to.contain('Because you were not sure about:');
    expect(resultText(el)).to.contain('Is there numbness around your genitals');
    expect(resultText(el)).not.to.contain('You may fit the profile');
    const order = [...el.shadowRoot!.querySelector('form')!.children].map((c) => c.getAttribute('part'));
    expect(order.indexOf('result')).to.be.lessThan(order.indexOf('section'));
    expect(changes.at(-1)).to.deep.include({ status: 'urgent', reasons: ['saddle-numbness'] });
    expect(part(el, 'cta'), 'no call to action').to.equal(null);
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
    expect(resultText(el)).to.equal('25 questions left to answer.');
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

  it('takes a clinic’s own set from src and keeps the built-in warning signs', async () => {
    const { el } = await mountChecklist(
      html`<disc-candidacy-checklist src="/test/fixtures/clinic-criteria.json"></disc-candidacy-checklist>`,
    );
    expect(visibleText(el)).to.contain('Example clinic: is our programme for you?');
    const names = new Set([...el.shadowRoot!.querySelectorAll('input[type=radio]')].map((i) => i.getAttribute('name')));
    expect([...names]).to.deep.equal([...criteria.redFlags.map((q) => `q-${q.id}`), 'q-six-months', 'q-pregnancy']);
  });

  it('uses a set’s own warning signs when it gives them, from the criteria property', async () => {
    const own = {
      id: 'own',
      title: 'Own set',
      redFlags: [{ id: 'own-flag', level: 'urgent', text: 'Own warning sign?', why: 'Example.', source: 'Example' }],
      requirements: [{ id: 'own-req', fits: 'yes', text: 'Own requirement?', why: 'Example.', source: 'Example' }],
    };
    const { el } = await mountChecklist(html`<disc-candidacy-checklist .criteria=${own}></disc-candidacy-checklist>`);
    const names = [
      ...new Set([...el.shadowRoot!.querySelectorAll('input[type=radio]')].map((i) => i.getAttribute('name'))),
    ];
    expect(names).to.deep.equal(['q-own-flag', 'q-own-req']);
  });

  it('shows a specific message for a badly shaped set', async () => {
    const bad = {
      id: 'bad',
      title: 'Bad',
      requirements: [{ id: 'x', fits: 'maybe', text: 'X?', why: 'Y.', source: 'Z' }],
    };
    const { el, errors } = await mountChecklist(
      html`<disc-candidacy-checklist .criteria=${bad}></disc-candidacy-checklist>`,
    );
    expect(visibleText(el)).to.contain('This checklist cannot be shown');
    expect(visibleText(el)).to.contain('requirements[0].fits: expected one of yes, no, got text');
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-data']);
  });

  it('shows a specific message for inline JSON that does not parse', async () => {
    const { el, errors } = await mountChecklist(
      html`<disc-candidacy-checklist
        ><script type="application/json">
          { "id":
        </script></disc-candidacy-checklist
      >`,
    );
    expect(visibleText(el)).to.contain('is not valid JSON');
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-json']);
  });

  it("says it is loading the checklist while a clinic's criteria are on the way", async () => {
    const el = document.createElement('disc-candidacy-checklist');
    el.src = '/test-server/hang.json';
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 50));
    const status = el.shadowRoot!.querySelector('[role=status]')?.textContent?.trim();
    el.remove();
    expect(status).to.equal('Loading the checklist…');
  });

  it('copies the answers and the result as plain text to take to an appointment', async () => {
    const written: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void written.push(text) },
      configurable: true,
    });
    try {
      const { el } = await mountChecklist();
      await answerByKeyboard(el, fitting({ 'mri-degeneration': 'unsure' }));
      part(el, 'copy-button')!.click();
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      const [text] = written;
      expect(text).to.contain('Could cell therapy for a worn lumbar disc fit me?');
      expect(text).to.contain('Have you ever had cancer? No');
      expect(text).to.contain('Are you pregnant? No');
      expect(text).to.contain('You may fit the profile that trials and clinics look for.');
      expect(text).to.contain('Ask your specialist about:\n- Has an MRI scan shown wear');
      expect(text).to.contain('This is information, not medical advice');
      expect(visibleText(el)).to.contain('Answers copied');
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('prints the questions with only the answers given, without buttons or "why we ask"', async () => {
    const { el } = await mountChecklist();
    await answerByKeyboard(el, { 'bladder-bowel': 'no' });
    await whilePrinting(el, () => {
      const shown = (node: Element) => getComputedStyle(node).display !== 'none';
      expect(shown(part(el, 'copy-button')!)).to.equal(false);
      expect(shown(el.shadowRoot!.querySelector('details')!)).to.equal(false);
      const firstChoices = [...el.shadowRoot!.querySelector('.choices')!.querySelectorAll('label')];
      expect(firstChoices.filter(shown).map((l) => l.textContent!.trim())).to.deep.equal(['No']);
    });
  });

  it('keeps the answers on the page: no request, no cookie, no storage', async () => {
    const { el } = await mountChecklist();
    const requests = performance.getEntriesByType('resource').length;
    const cookie = document.cookie;
    const stored = [localStorage.length, sessionStorage.length];
    await answerByKeyboard(el, fitting({ 'modic-2-no-tear': 'yes' }));
    el.reset();
    await answerByKeyboard(el, { fever: 'yes' });
    expect(
      performance
        .getEntriesByType('resource')
        .slice(requests)
        .map((entry) => entry.name),
    ).to.deep.equal([]);
    expect(document.cookie).to.equal(cookie);
    expect([localStorage.length, sessionStorage.length]).to.deep.equal(stored);
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
