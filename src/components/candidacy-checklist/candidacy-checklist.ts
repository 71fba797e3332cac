import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Answer, Answers, CandidacyStatus, CriteriaSet, Question } from '../../data/criteria.js';
import { ANSWERS } from '../../data/criteria.js';
import { CRITERIA_IDS, DEFAULT_CRITERIA, loadCriteriaSet } from '../../data/criteria/index.js';
import { DataError, DEFAULT_TIMEOUT_MS } from '../../data/errors.js';
import { copyAnnounced, type CopyStatus } from '../../internal/copy.js';
import { DiscElement } from '../../internal/disc-element.js';
import { safeUrl } from '../../internal/safe-url.js';
import { checklistTexts, type ChecklistMessages } from '../../locales/checklist.js';
import { whenLoaded } from '../../locales/pack.js';
import { criteriaTexts } from '../../data/criteria/texts.js';
import { provided } from '../../data/registry.js';
import { styles } from './candidacy-checklist.styles.js';
import { evaluate, type CandidacyResult } from './evaluate.js';
import { answersSummary } from './summary.js';

/** Detail of the `disc-candidacy-change` event. */
export interface CandidacyChangeDetail {
  status: CandidacyStatus;
  /** Ids of the questions behind the status. */
  reasons: string[];
  /** Every answer given so far, by question id. */
  answers: Answers;
}

type Section = 'redFlags' | 'requirements' | 'exclusions' | 'predictors';

const SECTIONS: readonly Section[] = ['redFlags', 'requirements', 'exclusions', 'predictors'];

/**
 * "Is this for me?": red flags first, then what trials and clinics look for, what rules it out and
 * what may predict a better response. It informs; it never diagnoses. Answers stay on the page.
 *
 * @tagname disc-candidacy-checklist
 * @summary A checklist that sends warning signs to urgent care first and says who trials and clinics consider.
 *
 * @slot cta - The clinic's own call to action, shown for `possible` and `unlikely`, never for `urgent`.
 * @slot - An optional `<script type="application/json">` holding a clinic's own criteria set.
 *
 * @csspart base - The checklist's root element (also the error box when data is rejected).
 * @csspart notice - The regulatory note and "not medical advice".
 * @csspart section - One group of questions.
 * @csspart question - One question with its answers.
 * @csspart result - The result, in a live region.
 * @csspart cta - The call-to-action link.
 * @csspart copy-button - The "Copy my answers" button.
 * @csspart print-button - The "Print my answers" button.
 * @csspart reset-button - The "Start again" button.
 * @csspart error - The message shown when the criteria cannot be loaded.
 *
 * @cssprop --disc-checklist-reserve - Height the checklist holds while it loads (default `40em`), so text below it does not jump.
 *
 * @fires disc-candidacy-change - After every answer and on reset. Detail: `{ status, reasons, answers }`. Bubbles and is composed.
 * @fires disc-error - The criteria could not be loaded. Detail: `{ code, message }`. Bubbles and is composed.
 */
export class DiscCandidacyChecklist extends DiscElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    criteria: {},
    src: {},
    timeout: { type: Number },
    ctaHref: { attribute: 'cta-href' },
    ctaLabel: { attribute: 'cta-label' },
    answers: { state: true, attribute: false },
    copyStatus: { state: true, attribute: false },
  };

  private answers: Answers = {};
  private copyStatus: CopyStatus = 'idle';

  readonly #data = this.loader<CriteriaSet>({
    args: () => [this.criteria, this.src],
    reset: () => (this.answers = {}),
    load: async (signal) => {
      const own = this.siteData(typeof this.criteria === 'object' ? this.criteria : undefined, this.src, {
        signal,
        timeoutMs: this.timeout,
      });
      if (!own) {
        const set = await loadCriteriaSet(typeof this.criteria === 'string' ? this.criteria : '');
        // Shown once, in the reader's language: its texts load with the questions.
        await this.loadTexts(this.locale);
        return set;
      }
      // The validator is only needed for a clinic's own set: built-in pages never download it.
      const [raw, builtIn, { validateCriteria }] = await Promise.all([
        own,
        loadCriteriaSet(DEFAULT_CRITERIA),
        import('../../data/validate-criteria.js'),
      ]);
      const result = validateCriteria(raw, builtIn.redFlags);
      if (!result.ok) throw new DataError('invalid-data', result.errors);
      await this.loadTexts(this.locale);
      return result.value;
    },
    ready: () => {
      // The built-in set named by `criteria` when it and its texts are already here.
      if (typeof this.criteria !== 'string' || this.hasSiteData(undefined, this.src)) return undefined;
      const id = this.criteria.trim();
      const set = (CRITERIA_IDS as readonly string[]).includes(id) ? provided<CriteriaSet>(id) : undefined;
      return set && !this.loadTexts(this.locale) ? set : undefined;
    },
  });

  /**
   * Id of a built-in criteria set, or (JavaScript only) a clinic's own set in the published schema.
   * A set without `redFlags` keeps the built-in warning signs.
   */
  criteria: string | CriteriaSet = DEFAULT_CRITERIA;

  /** URL of a JSON file with a clinic's own criteria set, fetched from the site itself. */
  src: string | undefined;

  /** How long a `src` may take to load, in milliseconds (10000 by default), before the checklist shows a message. */
  timeout = DEFAULT_TIMEOUT_MS;

  /** Where the call to action leads, e.g. the clinic's booking page (http, https or mailto). */
  ctaHref: string | undefined;

  /** Text of the call to action; a plain default is used when not set. */
  ctaLabel: string | undefined;

  protected override willUpdate(): void {
    this.#data.sync();
  }

  /**
   * Radio buttons follow the answers after every render ("Start again", another set): the
   * `checked` attribute alone stops counting once the reader has clicked. (A property binding
   * would do it too, but a server render prints it as `checked="false"`, which reads as checked.)
   */
  protected override updated(): void {
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
      input.checked = this.answers[input.name.slice(2)] === input.value;
    }
  }

  /** Clears every answer, as if the page had just loaded. */
  reset(): void {
    this.answers = {};
    this.copyStatus = 'idle';
    this.#announce();
  }

  #copyAnswers(): void {
    const set = this.#shownSet();
    const result = this.#result;
    if (!set || !result) return;
    const text = answersSummary(set, this.answers, result, this.#msg, this.#resultText(result));
    void copyAnnounced(text, this, (status) => (this.copyStatus = status));
  }

  #resultText(result: CandidacyResult): string {
    const s = this.#msg.status;
    switch (result.status) {
      case 'incomplete':
        return s.incomplete(result.reasons.length);
      case 'urgent':
        return result.emergency ? s.emergency : result.unsureEmergency.length > 0 ? s.checkToday : s.urgent;
      case 'unlikely':
        return s.unlikely;
      case 'possible':
        return s.possible;
    }
  }

  /** The built-in set: the one shown, or the one whose warning signs a clinic's own set keeps. */
  static #builtIn(): CriteriaSet | undefined {
    return provided<CriteriaSet>(DEFAULT_CRITERIA);
  }

  protected override loadTexts(lang: string): Promise<unknown> | undefined {
    const builtIn = DiscCandidacyChecklist.#builtIn();
    return whenLoaded(checklistTexts.load(lang), builtIn && criteriaTexts.load(builtIn, lang));
  }

  /** The checklist's strings in the element's language. */
  get #msg(): ChecklistMessages {
    return checklistTexts.get(this.locale);
  }

  /**
   * The set in the element's language. The texts of a clinic's own set are the clinic's; the
   * built-in warning signs it keeps are shown in the reader's language.
   */
  #shownSet(): CriteriaSet | undefined {
    const set = this.#data.value;
    const builtIn = DiscCandidacyChecklist.#builtIn();
    if (!set || !builtIn) return set;
    const translated = criteriaTexts.in(builtIn, this.locale);
    if (set === builtIn) return translated;
    const keptFlags = set.redFlags.every((flag) => builtIn.redFlags.includes(flag));
    return keptFlags ? { ...set, redFlags: translated.redFlags } : set;
  }

  get #result(): CandidacyResult | undefined {
    const set = this.#data.value;
    return set ? evaluate(set, this.answers) : undefined;
  }

  #announce(): void {
    const result = this.#result;
    if (!result) return;
    this.dispatchEvent(
      new CustomEvent<CandidacyChangeDetail>('disc-candidacy-change', {
        detail: { status: result.status, reasons: result.reasons, answers: { ...this.answers } },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #choose(id: string, answer: Answer): void {
    this.answers = { ...this.answers, [id]: answer };
    this.#announce();
  }

  protected renderContent(): TemplateResult | typeof nothing {
    const set = this.#shownSet();
    const result = this.#result;
    const t = this.#msg;
    if (!set || !result) return this.renderLoading('checklist');
    const urgent = result.status === 'urgent';
    return html`<form part="base" class="panel" @submit=${(event: Event) => event.preventDefault()}>
      ${this.renderDisclosure(t.disclosure)}
      <p class="h" role="heading" aria-level="2">${set.title}</p>
      <p>${t.intro}</p>
      <p part="notice" class="regulatory">${t.regulatory} ${t.notAdvice}</p>
      ${urgent ? this.#renderResult(set, result) : nothing}
      ${SECTIONS.map((section) => this.#renderSection(set, section))}
      ${urgent ? nothing : this.#renderResult(set, result)}
      <p class="actions">
        <button part="copy-button" class="button" type="button" @click=${this.#copyAnswers}>${t.copy}</button>
        <button part="print-button" class="button" type="button" @click=${() => window.print()}>${t.print}</button>
        <button part="reset-button" class="button" type="button" @click=${() => this.reset()}>${t.reset}</button>
        <span role="status"
          >${this.copyStatus === 'done' ? t.copied : this.copyStatus === 'failed' ? t.copyFailed : ''}</span
        >
      </p>
    </form>`;
  }

  #renderSection(set: CriteriaSet, section: Section): TemplateResult {
    const t = this.#msg;
    const hint = section === 'redFlags' || section === 'predictors' ? t.sectionHint[section] : undefined;
    return html`<fieldset part="section" class="section">
      <legend>${t.section[section]}</legend>
      ${hint ? html`<p class="hint">${hint}</p>` : nothing} ${set[section].map((q) => this.#renderQuestion(q))}
    </fieldset>`;
  }

  #renderQuestion(question: Question): TemplateResult {
    const t = this.#msg;
    const name = `q-${question.id}`;
    return html`<fieldset part="question" class="question">
      <legend>${question.text}</legend>
      <div class="choices" data-static="drop">
        ${ANSWERS.map(
          (answer) =>
            html`<label
              ><input
                type="radio"
                name=${name}
                value=${answer}
                ?checked=${this.answers[question.id] === answer}
                @change=${() => this.#choose(question.id, answer)}
              />${t.answer[answer]}</label
            >`,
        )}
      </div>
      <details>
        <summary>${t.why}</summary>
        <p>${question.why}</p>
        <p class="muted">${t.source(question.source)}</p>
      </details>
    </fieldset>`;
  }

  #renderResult(set: CriteriaSet, result: CandidacyResult): TemplateResult {
    const t = this.#msg;
    const all = [...set.redFlags, ...set.requirements, ...set.exclusions, ...set.predictors];
    /** A list of questions by id, under an optional lead-in; nothing when the list is empty. */
    const questions = (lead: string | undefined, ids: readonly string[]) =>
      ids.length === 0
        ? nothing
        : html`${lead ? html`<p>${lead}</p>` : nothing}
            <ul>
              ${ids.map((id) => html`<li>${all.find((q) => q.id === id)?.text ?? id}</li>`)}
            </ul>`;
    const urgent = result.status === 'urgent';
    const ctaShown = result.status === 'possible' || result.status === 'unlikely';
    return html`<div
        part="result"
        class="result ${result.status}"
        role=${urgent ? 'alert' : 'status'}
        aria-live=${urgent ? 'assertive' : 'polite'}
      >
        ${this.#resultText(result)}
        ${
          urgent
            ? html`${questions(
                t.because,
                result.reasons.filter((id) => !result.unsureEmergency.includes(id)),
              )}${questions(t.unsureAbout, result.unsureEmergency)}`
            : nothing
        }
        ${result.status === 'unlikely' ? questions(undefined, result.reasons) : nothing}
        ${urgent ? nothing : questions(t.askAbout, result.askAbout)}
        ${urgent ? nothing : questions(t.betterResponse, result.betterResponse)}
      </div>
      ${ctaShown ? this.#renderCta(result.status === 'unlikely') : nothing}`;
  }

  #renderCta(otherOptions: boolean): TemplateResult {
    const href = safeUrl(this.ctaHref);
    const t = this.#msg;
    const label = otherOptions ? t.ctaUnlikely : (this.ctaLabel ?? t.ctaPossible);
    return html`<slot name="cta">${href ? html`<a part="cta" class="cta" href=${href}>${label}</a>` : nothing}</slot>`;
  }
}
