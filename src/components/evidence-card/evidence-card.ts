/*
 * Longer than the other files here (about 410 lines): the card's template is one piece — header,
 * facts, findings, safety, limitations, source — and moving a part of it into a module of its own
 * adds bytes to the card page (15 B for the findings alone), which sits at its 20 KB ceiling.
 */
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DataError, DEFAULT_TIMEOUT_MS, loadStudy, type DataSource } from '../../data/load.js';
import type { Outcome, Study } from '../../data/model.js';
import { copyAnnounced, type CopyStatus } from '../../internal/copy.js';
import { DiscElement } from '../../internal/disc-element.js';
import { formatDate, formatNumber } from '../../internal/format.js';
import { plainCitation, studyLinks, type StudyLink } from './citation.js';
import type { CitationFormat } from './cite.js';
import { describeDuration, describeOutcome } from '../../internal/describe-outcome.js';
import { catalogTexts } from '../../data/catalog/texts.js';
import { loadedStudy } from '../../data/catalog/index.js';
import { messagesFor, studyTexts, type Messages } from '../../locales/study.js';
import { whenLoaded } from '../../locales/pack.js';
import { styles } from './evidence-card.styles.js';

const VERDICT_MARK = {
  meets: '✓',
  'meets-uncertain': '≈',
  below: '✗',
  'not-comparable': '–',
  'between-groups': '–',
  'no-number': '–',
};

/**
 * One study, honestly: its design, who took part, what it was compared with, what it found (each
 * key result worded from its certainty, with the reasons), how each result compares with the
 * smallest change patients notice, safety, limitations and source.
 *
 * @tagname disc-evidence-card
 * @summary Shows one study on cell therapy for degenerative disc disease, with its strength and limits.
 *
 * @slot - An optional `<script type="application/json">` holding the study, for sites that keep their own data.
 *
 * @csspart base - The card's root element (also the error box when data is rejected).
 * @csspart header - Design, headline and status notes.
 * @csspart design - The study design, in words.
 * @csspart headline - The plain-language headline: what was studied, in whom and how many.
 * @csspart notice - "Ongoing" and "secondary source" notes.
 * @csspart facts - The list of key facts: design, participants, comparator, who paid, follow-up.
 * @csspart findings - The findings section.
 * @csspart finding - One finding.
 * @csspart effect - A key finding's effect, worded from its certainty (GRADE's plain-language statements).
 * @csspart certainty - The certainty of a finding's evidence, in words, with the reasons it was rated down.
 * @csspart threshold - Whether a finding reaches the smallest change patients notice.
 * @csspart safety - The safety section.
 * @csspart limitations - The limitations section.
 * @csspart source - The citation, links and copy button.
 * @csspart copy-button - The "Copy citation" button. Beside it, "Citation file (RIS)" and "(BibTeX)" download the citation for a reference manager.
 * @csspart regulatory - The note that these therapies are not approved in the US.
 * @csspart footer - When the entry was last reviewed.
 * @csspart expand-button - The compact card's button that shows the full evidence.
 * @csspart error - The message shown when the study cannot be shown.
 *
 * @cssprop --disc-card-max-width - Widest the card grows; none by default.
 * @cssprop --disc-card-reserve - Height the card holds while it loads (default `36em`, `20em` compact), so text below it does not jump.
 *
 * @fires disc-error - The study could not be loaded or shown. Detail: `{ code, message }`. Bubbles and is composed.
 */
export class DiscEvidenceCard extends DiscElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    study: { reflect: true },
    src: {},
    data: { attribute: false },
    variant: { reflect: true },
    timeout: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    expanded: { state: true, attribute: false },
    copyStatus: { state: true, attribute: false },
    printing: { state: true, attribute: false },
  };

  private expanded = false;
  private copyStatus: CopyStatus = 'idle';
  private printing = false;

  readonly #data = this.loader<Study>({
    args: () => [this.study, this.src, this.data],
    reset: () => {
      this.expanded = false;
      this.copyStatus = 'idle';
    },
    load: async (signal) => {
      const study = await loadStudy(this.#source(signal));
      // Shown once, in the reader's language: its texts load with the study.
      await this.#texts(this.locale, study);
      return study;
    },
    ready: () => {
      // The built-in study named by `study` when it and its texts are already here.
      if (this.hasSiteData(this.data, this.src) || !this.study) return undefined;
      const id = this.study.trim();
      const study = loadedStudy(id);
      return study && !this.#texts(this.locale, study) ? study : undefined;
    },
  });

  /** Id of a built-in study, e.g. `bates-2022`. */
  study: string | undefined;

  /** URL of a JSON file holding one study in the published schema; fetched from the site itself. */
  src: string | undefined;

  /** A study object (JavaScript only). Takes precedence over inline JSON, `src` and `study`. */
  data: Study | undefined;

  /** `full` shows everything; `compact` shows the headline, design, size and one finding, with a way to expand. */
  variant: 'full' | 'compact' = 'full';

  /** How long a `src` may take to load, in milliseconds (10000 by default), before the card shows a message. */
  timeout = DEFAULT_TIMEOUT_MS;

  /** Heading level of the card's headline (1–6), to fit the page's outline; sections use the next level. */
  headingLevel = 3;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
  }

  protected override willUpdate(): void {
    this.#data.sync();
  }

  readonly #onBeforePrint = () => {
    this.printing = true;
  };

  readonly #onAfterPrint = () => {
    this.printing = false;
  };

  /** The site's own data (property, inline JSON, then `src`) comes before a catalog id. */
  #source(signal: AbortSignal): DataSource {
    const own = this.siteData(this.data, this.src, { signal, timeoutMs: this.timeout });
    // Not awaited: `loadStudy` downloads the validator while the site's data is on its way.
    if (own) return { kind: 'value', value: own };
    if (this.study) return { kind: 'catalog', id: this.study };
    throw new DataError('no-source');
  }

  /** The texts a study needs in a language: the card's, and the study's own if it is built in. */
  #texts(lang: string, study: Study | undefined): Promise<unknown> | undefined {
    return whenLoaded(studyTexts.load(lang), study && catalogTexts.load(study, lang));
  }

  protected override loadTexts(lang: string): Promise<unknown> | undefined {
    return this.#texts(lang, this.#data.value);
  }

  /**
   * The citation buttons: "Copy citation" copies the plain citation; a button with a `value`
   * (`ris`, `bib`) downloads the citation as that file, with code that loads on first use.
   */
  #citation(event: Event): void {
    const study = this.#data.value && catalogTexts.in(this.#data.value, this.locale);
    const format = (event.currentTarget as HTMLButtonElement).value as CitationFormat | '';
    if (!study) return;
    if (format) void import('./cite.js').then((code) => code.saveCitation(format, study, this.#msg, this.renderRoot));
    else void copyAnnounced(plainCitation(study, this.#msg), this, (status) => (this.copyStatus = status));
  }

  #toggleExpanded(): void {
    this.expanded = !this.expanded;
  }

  // ——— rendering ———

  #heading(offset: number, content: unknown, part?: string): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3) + offset);
    return html`<p role="heading" aria-level=${level} class="h h${offset}" part=${part ?? nothing}>${content}</p>`;
  }

  /** The study texts in the element's language. */
  get #msg(): Messages {
    return messagesFor(this.locale);
  }

  protected renderContent(): TemplateResult | typeof nothing {
    const study = this.#data.value && catalogTexts.in(this.#data.value, this.locale);
    const msg = this.#msg;
    if (!study) return this.renderLoading('study');
    const compact = this.variant === 'compact';
    const collapsed = compact && !this.expanded;
    // The toggle stays in one place in the template, so it keeps keyboard focus when it flips.
    return html`<article part="base" class="panel card" aria-label=${msg.cardLabel(study.headline)}>
      ${this.renderDisclosure(msg.disclosure)} ${this.#renderHeader(study)}
      ${collapsed ? this.#renderSummary(study) : this.#renderDetails(study)}
      <p part="regulatory" class="regulatory">${msg.regulatory}</p>
      ${
        collapsed
          ? nothing
          : html`<footer part="footer" class="footer">
              <span>${msg.lastReviewed(formatDate(this.locale, study.lastReviewed))}</span>
              <span>${msg.thresholdSource}</span>
            </footer>`
      }
      ${
        compact
          ? html`<button
              part="expand-button"
              class="button"
              type="button"
              aria-expanded=${String(!collapsed)}
              @click=${this.#toggleExpanded}
            >
              ${collapsed ? msg.expand : msg.collapse}
            </button>`
          : nothing
      }
    </article>`;
  }

  #renderHeader(study: Study): TemplateResult {
    const msg = this.#msg;
    const { kind, reportedBy } = study.provenance;
    return html`<header part="header" class="header">
      <p><span part="design" class="badge">${msg.design[study.design.kind]}</span></p>
      ${this.#heading(0, study.headline, 'headline')}
      ${study.status === 'ongoing' ? html`<p part="notice" class="notice" role="note">${msg.ongoing}</p>` : nothing}
      ${
        kind === 'secondary'
          ? html`<p part="notice" class="notice" role="note">
              ${msg.secondary} ${reportedBy ? html`<br />${msg.reportedBy(reportedBy)}` : nothing}
            </p>`
          : nothing
      }
    </header>`;
  }

  /** The compact card: participants, comparator and one finding. */
  #renderSummary(study: Study): TemplateResult {
    const msg = this.#msg;
    const finding = study.outcomes.find((o) => o.key) ?? study.outcomes[0];
    return html`${this.#facts([
      [msg.fact.participants, this.#participants(study)],
      [msg.fact.comparator, study.comparator ?? msg.noControl],
      [msg.fact.funding, this.#funding(study)],
    ])}
    ${
      finding
        ? html`<ul class="findings-list">
            ${this.#renderFinding(study, finding)}
          </ul>`
        : nothing
    }`;
  }

  #renderDetails(study: Study): TemplateResult {
    const msg = this.#msg;
    return html`${this.#renderFacts(study)} ${this.#renderFindings(study)}
    ${this.#renderList('safety', msg.heading.safety, study.safety)}
    ${this.#renderList('limitations', msg.heading.limitations, study.limitations)} ${this.#renderSource(study)}`;
  }

  /** A list of label–value facts; rows without a value are left out. */
  #facts(rows: Array<[string, unknown]>): TemplateResult {
    return html`<dl part="facts" class="facts">
      ${rows
        .filter(([, value]) => value)
        .map(
          ([label, value]) =>
            html`<div>
              <dt>${label}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
    </dl>`;
  }

  #participants(study: Study): string {
    const { participants, participantsKind } = study.population;
    if (participants === undefined) return this.#msg.notReported;
    return this.#msg.participants[participantsKind ?? 'enrolled'](formatNumber(this.locale, participants));
  }

  /** Who paid, on every card, compact too; "Not reported" when the sources we checked do not say. */
  #funding({ funding }: Study): string {
    const msg = this.#msg;
    return funding ? (funding.maker ? msg.funding.maker(funding.sponsor) : funding.sponsor) : msg.notReported;
  }

  #renderFacts(study: Study): TemplateResult {
    const msg = this.#msg;
    const f = msg.fact;
    const { design, population, intervention } = study;
    const pooled = design.kind.startsWith('meta-analysis');
    const designText = [design.reportedKind && msg.reportedAs(msg.design[design.reportedKind]), design.description]
      .filter(Boolean)
      .join('. ');
    const count = (n: number | undefined) => (n === undefined ? msg.notReported : formatNumber(this.locale, n));
    return html`<section aria-label=${msg.heading.facts}>
      ${this.#facts([
        [f.design, designText],
        [f.participants, this.#participants(study)],
        [
          pooled ? f.studiesPooled : f.studiesReviewed,
          (pooled || population.studies !== undefined) && count(population.studies),
        ],
        [f.condition, population.condition],
        [f.comparator, study.comparator ?? msg.noControl],
        [f.funding, this.#funding(study)],
        [f.followUp, design.followUp && describeDuration(msg, this.locale, design.followUp)],
        [f.cells, intervention.cellType ?? msg.notReported],
        [f.tissue, intervention.tissueSource],
        [f.origin, intervention.origin && msg.origin[intervention.origin]],
        [f.dose, intervention.dose],
        [f.delivery, intervention.delivery],
      ])}
    </section>`;
  }

  #renderFindings(study: Study): TemplateResult {
    const msg = this.#msg;
    const key = study.outcomes.filter((o) => o.key);
    const shown = key.length > 0 ? key : study.outcomes.slice(0, 3);
    const rest = study.outcomes.filter((o) => !shown.includes(o));
    let body: unknown;
    if (study.outcomes.length === 0) {
      body = html`<p>${study.status === 'ongoing' ? msg.ongoing : msg.notReported}</p>`;
    } else {
      body = html`<ul class="findings-list">
          ${shown.map((o) => this.#renderFinding(study, o))}
        </ul>
        ${
          rest.length > 0
            ? html`<details class="more" ?open=${this.printing}>
                <summary>${msg.heading.moreFindings(rest.length)}</summary>
                <ul class="findings-list">
                  ${rest.map((o) => this.#renderFinding(study, o))}
                </ul>
              </details>`
            : nothing
        }`;
    }
    return html`<section part="findings">${this.#heading(1, msg.heading.findings)} ${body}</section>`;
  }

  #renderFinding(study: Study, outcome: Outcome): TemplateResult {
    const msg = this.#msg;
    const text = describeOutcome(msg, this.locale, outcome, study);
    const kind = text.verdict.kind;
    // "Not comparable" only matters where a reader could mistake the number for scale points.
    const showVerdict = kind !== 'no-number' && (kind !== 'not-comparable' || outcome.scale === 'smd');
    return html`<li part="finding" class="finding">
      ${text.effect ? html`<p part="effect" class="effect">${text.effect}</p>` : nothing}
      <p><span class="finding-label">${text.label}:</span> ${outcome.finding}</p>
      <p>
        <span class=${text.number ? 'number' : 'number missing'}>${text.number ?? msg.notReported}</span>
        <span class="muted">· ${[outcome.measure, text.comparison].filter(Boolean).join(' · ')}</span>
      </p>
      ${outcome.controlNote ? html`<p class="muted">${outcome.controlNote}</p>` : nothing}
      ${text.precision.length > 0 ? html`<p class="muted">${text.precision.join(' · ')}</p>` : nothing}
      ${
        showVerdict
          ? html`<p part="threshold" class="threshold ${kind}">
              <span aria-hidden="true" class="mark">${VERDICT_MARK[kind]}</span> ${text.verdictText}
            </p>`
          : nothing
      }
      ${text.certainty ? html`<p part="certainty" class="certainty">${text.certainty}</p>` : nothing}
      ${outcome.sourceNote ? html`<p class="muted">${msg.sourceNote(outcome.sourceNote)}</p>` : nothing}
    </li>`;
  }

  #renderList(part: 'safety' | 'limitations', title: string, items: readonly string[]): TemplateResult {
    return html`<section part=${part}>
      ${this.#heading(1, title)}
      ${
        items.length > 0
          ? html`<ul class="plain-list">
              ${items.map((item) => html`<li>${item}</li>`)}
            </ul>`
          : html`<p>${this.#msg.notReported}</p>`
      }
    </section>`;
  }

  #renderLink(link: StudyLink): TemplateResult {
    const msg = this.#msg;
    return html`<li>
      <a href=${link.href} target="_blank" rel="noopener noreferrer"
        >${msg.links[link.kind]}${link.id ? html` <span class="muted">${link.id}</span>` : nothing}<span
          class="visually-hidden"
        >
          ${msg.links.newWindow}</span
        ></a
      >
    </li>`;
  }

  #renderSource(study: Study): TemplateResult {
    const msg = this.#msg;
    const links = studyLinks(study);
    const copied = this.copyStatus;
    const status = copied === 'done' ? msg.copy.done : copied === 'failed' ? msg.copy.failed : '';
    return html`<section part="source">
      ${this.#heading(1, msg.heading.source)}
      <p class="citation">${plainCitation(study, msg)}</p>
      ${study.titleNote ? html`<p class="muted">${msg.titleNote(study.titleNote)}</p>` : nothing}
      ${
        links.length > 0
          ? html`<ul class="links">
              ${links.map((link) => this.#renderLink(link))}
            </ul>`
          : nothing
      }
      <p class="copy-row">
        <button part="copy-button" class="button" type="button" @click=${this.#citation}>${msg.copy.button}</button>
        ${(['RIS', 'BibTeX'] as const).map(
          (format) =>
            html`<button class="button" type="button" value=${format} @click=${this.#citation}>
              ${msg.copy.file(format)}
            </button>`,
        )}
        <span class="copy-status ${copied}" role="status">${status}</span>
      </p>
    </section>`;
  }
}
