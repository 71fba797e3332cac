import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { allStudies } from '../../data/catalog/all.js';
import { CATALOG_IDS } from '../../data/catalog/ids.js';
import { loadedStudy } from '../../data/catalog/index.js';
import { DataError } from '../../data/errors.js';
import type { ProductKind, Study } from '../../data/model.js';
import { describeOutcome } from '../../internal/describe-outcome.js';
import { DiscElement } from '../../internal/disc-element.js';
import { formatNumber } from '../../internal/format.js';
import { overviewTexts, type OverviewMessages } from '../../locales/overview.js';
import { whenLoaded } from '../../locales/pack.js';
import { messagesFor, studyTexts, type Messages } from '../../locales/study.js';
import { loadStudiesIn, studyIn } from './catalog-texts.js';
import { styles } from './evidence-overview.styles.js';
import {
  grouped,
  GROUPS,
  hasResults,
  mainResult,
  matches,
  NO_FILTER,
  tally,
  type OverviewFilter,
} from './summarize.js';

interface OverviewData {
  /** The studies shown, in catalog order or in the order the site named them. */
  studies: Study[];
  /** How many studies the catalog holds, when the site chose fewer; undefined when it shows them all. */
  chosenFrom: number | undefined;
}

/**
 * The whole evidence at a glance: every built-in study (or those named in `studies`), grouped by
 * the certainty of its main result, each with its design, size, main result in GRADE's words,
 * whether it met its main goal, and who paid, with its full card a click away. The opening
 * sentences count what is shown, and say so when a site shows only some of the studies.
 *
 * @tagname disc-evidence-overview
 * @summary Shows every study on cell therapy for degenerative disc disease at a glance, grouped by certainty.
 *
 * @csspart base - The overview's root element (also the error box when a study id is unknown).
 * @csspart summary - The opening sentences: how many studies, how many randomized, what they point to.
 * @csspart chosen - The note that the site chose only some of the studies.
 * @csspart regulatory - The note that these therapies are not approved in the US.
 * @csspart filters - The choices that narrow the list: randomized studies, studies with results, kind of treatment.
 * @csspart group - The studies of one certainty level.
 * @csspart study - One study.
 * @csspart open-button - The button that shows a study's full card in place.
 * @csspart error - The message shown when the studies cannot be shown.
 *
 * @cssprop --disc-overview-reserve - Height the overview holds while it loads (default `40em`), so text below it does not jump.
 *
 * @fires disc-error - A study named in `studies` is not in the catalog, or the studies could not be loaded. Detail: `{ code, message }`. Bubbles and is composed.
 */
export class DiscEvidenceOverview extends DiscElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    studies: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    filter: { state: true, attribute: false },
    opened: { state: true, attribute: false },
    cardFailed: { state: true, attribute: false },
  };

  private filter: OverviewFilter = NO_FILTER;
  /** Ids of the studies whose full card is open. */
  private opened: ReadonlySet<string> = new Set();
  /** The study whose full card could not be shown because the card's code did not load. */
  private cardFailed: string | undefined;

  readonly #data = this.loader<OverviewData>({
    args: () => [this.studies],
    reset: () => {
      this.filter = NO_FILTER;
      this.opened = new Set();
    },
    load: async () => {
      const chosen = this.#choose(await allStudies());
      if (chosen instanceof DataError) throw chosen;
      // Shown once, in the reader's language: its texts load with the studies.
      await this.#texts(this.locale);
      return chosen;
    },
    ready: () => {
      // Every built-in study and the texts are already here (another overview, a server render).
      const all = CATALOG_IDS.flatMap((id) => loadedStudy(id) ?? []);
      if (all.length !== CATALOG_IDS.length || this.#texts(this.locale)) return undefined;
      const chosen = this.#choose(all);
      return chosen instanceof DataError ? undefined : chosen;
    },
  });

  /** Space-separated ids of built-in studies to show; every study in the catalog when not set. */
  studies: string | undefined;

  /** Heading level of the overview's title (1–6); groups and studies use the next levels. */
  headingLevel = 2;

  override willUpdate(): void {
    this.#data.sync();
  }

  #ids(): string[] {
    return (this.studies ?? '').split(/\s+/).filter(Boolean);
  }

  /** The studies `studies` names, in its order (each once), or all; an error naming an id the catalog lacks. */
  #choose(all: readonly Study[]): OverviewData | DataError {
    const ids = [...new Set(this.#ids())];
    const byId = new Map(all.map((study) => [study.id, study]));
    const unknown = ids.find((id) => !byId.has(id));
    if (unknown !== undefined) return new DataError('unknown-id', [unknown, [...byId.keys()].join(', ')]);
    const studies = ids.length > 0 ? ids.flatMap((id) => byId.get(id) ?? []) : [...all];
    return { studies, chosenFrom: studies.length < all.length ? all.length : undefined };
  }

  /** The texts an overview needs in a language: its own, the study texts, and the built-in studies'. */
  #texts(lang: string): Promise<unknown> | undefined {
    return whenLoaded(studyTexts.load(lang), overviewTexts.load(lang), loadStudiesIn(lang));
  }

  protected override loadTexts(lang: string): Promise<unknown> | undefined {
    return this.#texts(lang);
  }

  #level(step: number): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + step);
  }

  #heading(step: number, text: string, id?: string): TemplateResult {
    return html`<p id=${id ?? nothing} class="h h${step}" role="heading" aria-level=${this.#level(step)}>${text}</p>`;
  }

  #toggle(id: string): void {
    const opened = new Set(this.opened);
    if (opened.delete(id)) {
      this.opened = opened;
      return;
    }
    this.opened = opened.add(id);
    // The card's code loads when a reader first opens one. If it cannot, the overview stays and
    // says so where the card would be; the next click tries again.
    this.cardFailed = undefined;
    this.track(
      import('../../evidence-card.js').catch((error: unknown) => {
        console.warn(`<${this.localName}>: could not load the full card.`, error);
        this.cardFailed = id;
        this.opened = new Set();
      }),
    );
  }

  #narrow(change: Partial<OverviewFilter>): void {
    this.filter = { ...this.filter, ...change };
  }

  protected renderContent(): TemplateResult | typeof nothing {
    const data = this.#data.value;
    if (!data) return this.renderLoading('studies');
    const lang = this.locale;
    const msg = messagesFor(lang);
    const t = overviewTexts.get(lang);
    const studies = data.studies.map((study) => studyIn(study, lang));
    const shown = studies.filter((study) => matches(study, this.filter));
    return html`<section part="base" class="panel overview" aria-labelledby="title">
      ${this.renderDisclosure(msg.disclosure)} ${this.#heading(0, t.heading, 'title')}
      <p part="summary" class="summary">${this.#summary(studies, msg, t)}</p>
      ${
        data.chosenFrom === undefined
          ? nothing
          : html`<p part="chosen" class="notice" role="note">${t.summary.chosen(studies.length, data.chosenFrom)}</p>`
      }
      <p part="regulatory" class="regulatory">${msg.regulatory}</p>
      ${this.#filters(studies, t)}
      <p class="showing" role="status" data-static="drop">
        ${shown.length === 0 ? t.noMatch : t.showing(shown.length, studies.length)}
      </p>
      ${grouped(shown).map(
        ([group, members]) =>
          html`<section part="group" class="group" aria-labelledby=${`group-${group}`}>
            ${this.#heading(1, `${t.group[group]} (${formatNumber(lang, members.length)})`, `group-${group}`)}
            ${t.groupNote[group] ? html`<p class="muted">${t.groupNote[group]}</p>` : nothing}
            <ul class="studies">
              ${members.map((study) => this.#study(study, msg, t))}
            </ul>
          </section>`,
      )}
    </section>`;
  }

  /** The opening sentences, counted from the studies shown. */
  #summary(studies: readonly Study[], msg: Messages, t: OverviewMessages): string {
    const s = t.summary;
    const count = tally(studies);
    // The benefit's certainty levels, in the groups' order.
    const levels = GROUPS.flatMap((level) => {
      if (level === 'no-results' || !count.benefit[level]) return [];
      const word = level === 'not-rated' ? msg.certainty.notRated : msg.certainty.level[level];
      return [s.level(count.benefit[level], word)];
    });
    const benefit = Object.values(count.benefit).reduce((sum, n) => sum + n, 0);
    return [
      s.total(count.total, count.randomized, count.running),
      benefit > 0 ? s.benefit(benefit, levels.join(', ')) : '',
      benefit > 0 && !count.benefit.high && !count.benefit.moderate ? s.noneStrong : '',
      count.unclear > 0 ? s.unclear(count.unclear) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  #filters(studies: readonly Study[], t: OverviewMessages): TemplateResult {
    const f = t.filter;
    // In the order the texts list them (the model's list would bring the validator's chunk along).
    const products = (Object.keys(t.product) as ProductKind[]).filter((kind) =>
      studies.some((study) => study.intervention.product === kind),
    );
    const box = (key: 'randomized' | 'results', label: string) =>
      html`<label class="choice">
        <input
          type="checkbox"
          .checked=${this.filter[key]}
          @change=${(event: Event) => this.#narrow({ [key]: (event.target as HTMLInputElement).checked })}
        />
        ${label}
      </label>`;
    // A group rather than a fieldset: WebKit draws a fieldset a line taller for a frame as the
    // script takes over a static export, which the reader would see as a jump.
    return html`<div part="filters" class="filters" role="group" aria-labelledby="filters" data-static="drop">
      <p id="filters" class="legend">${f.label}</p>
      <div class="choices">
        ${box('randomized', f.randomized)} ${box('results', f.results)}
        <label class="choice product">
          ${f.product}
          <select
            @change=${(event: Event) =>
              this.#narrow({ product: (event.target as HTMLSelectElement).value as ProductKind | '' })}
          >
            ${(['', ...products] as const).map(
              (kind) =>
                html`<option value=${kind} ?selected=${this.filter.product === kind}>
                  ${kind ? t.product[kind] : f.allProducts}
                </option>`,
            )}
          </select>
        </label>
      </div>
    </div>`;
  }

  /** "Gornet et al. 2024"; a study without authors goes by its title. */
  #name(study: Study, t: OverviewMessages): string {
    const first = study.authors?.[0]?.split(' ')[0];
    return first ? t.name(first, study.year, (study.authors?.length ?? 0) > 1) : study.title;
  }

  #study(study: Study, msg: Messages, t: OverviewMessages): TemplateResult {
    const lang = this.locale;
    const name = this.#name(study, t);
    const { participants, participantsKind } = study.population;
    const product = study.intervention.product;
    const goal = study.mainGoal;
    const open = this.opened.has(study.id);
    const funding = study.funding;
    return html`<li part="study" class="study">
      ${this.#heading(2, name)}
      <p class="muted">
        ${[
          msg.design[study.design.kind],
          participants === undefined
            ? ''
            : msg.participants[participantsKind ?? 'enrolled'](formatNumber(lang, participants)),
          product ? t.product[product] : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <dl class="facts">
        <div>
          <dt>${t.mainResult}</dt>
          <dd>${this.#mainResult(study, msg)}</dd>
        </div>
        ${
          study.arms
            ? html`<div>
                <dt>${t.arms.label}</dt>
                <dd>${this.#arms(study, t)}</dd>
              </div>`
            : nothing
        }
        <div>
          <dt>${t.mainGoal}</dt>
          <dd>
            ${
              goal
                ? html`${goal.description}: <strong>${t.goalStatus[goal.status]}</strong>${
                      goal.note ? html`<span class="muted"> — ${goal.note}</span>` : nothing
                    }`
                : t.noGoal
            }
          </dd>
        </div>
        <div>
          <dt>${msg.fact.funding}</dt>
          <dd>${funding ? (funding.maker ? msg.funding.maker(funding.sponsor) : funding.sponsor) : msg.notReported}</dd>
        </div>
      </dl>
      <button
        part="open-button"
        class="button"
        type="button"
        aria-expanded=${String(open)}
        aria-controls=${`card-${study.id}`}
        data-static="drop"
        @click=${() => this.#toggle(study.id)}
      >
        ${open ? t.close : t.open}<span class="visually-hidden">${t.forStudy(name)}</span>
      </button>
      ${this.cardFailed === study.id ? html`<p role="status">${t.cardFailed}</p>` : nothing}
      <div id=${`card-${study.id}`} class="card">
        ${
          open
            ? html`<disc-evidence-card
                study=${study.id}
                theme=${this.theme}
                heading-level=${this.#level(3)}
              ></disc-evidence-card>`
            : nothing
        }
      </div>
    </li>`;
  }

  /** "Treated: High dose, 9 million cells per mL (20) · Low dose (20); compared with: Placebo (10)". */
  #arms(study: Study, t: OverviewMessages): string {
    const a = t.arms;
    const arms = study.arms ?? [];
    const list = (role: 'treatment' | 'control') =>
      arms
        .filter((arm) => arm.role === role)
        .map((arm) =>
          a.arm(arm.label, arm.dose, arm.size === undefined ? undefined : formatNumber(this.locale, arm.size)),
        )
        .join(' · ');
    const control = list('control');
    return [
      [a.treated(list('treatment')), control ? a.control(control) : ''].filter(Boolean).join('; '),
      arms.some((arm) => arm.size === undefined) ? a.sizesMissing : '',
    ]
      .filter(Boolean)
      .join(' — ');
  }

  /** The main result in GRADE's words, with its number, what it is compared with, its certainty and its source. */
  #mainResult(study: Study, msg: Messages): TemplateResult | string {
    const main = mainResult(study);
    if (!main || !hasResults(study)) return study.status === 'ongoing' ? msg.ongoing : msg.notReported;
    const d = describeOutcome(msg, this.locale, main, study);
    return html`${d.effect ? html`<span class="effect">${d.effect}</span><br />` : nothing}
      <span>${d.label}: ${main.finding}</span><br />
      <span class="muted">${[d.number ?? msg.notReported, d.comparison].join(' · ')}</span>
      ${d.certainty ? html`<br /><span class="certainty">${d.certainty}</span>` : nothing}
      ${main.sourceNote ? html`<br /><span class="muted">${msg.sourceNote(main.sourceNote)}</span>` : nothing}`;
  }
}
