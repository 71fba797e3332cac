import { css } from 'lit';
import { tokens } from '../../internal/tokens.styles.js';
import { widgetStyles } from '../../internal/widget.styles.js';

/*
 * The headings, lists, fact labels, effect and certainty read as on the card. The card keeps its
 * own copy of those rules: in a module both share they would travel in another chunk, which costs
 * the card page 78 bytes it does not have under its 20 KB ceiling (measured).
 */
export const styles = [
  tokens,
  widgetStyles,
  css`
    :host {
      --_reserve: var(--disc-overview-reserve, 40em);
      container-type: inline-size;
    }

    ul,
    dl,
    dd {
      margin: 0;
    }

    .h {
      margin: 0;
      font-weight: 700;
      line-height: 1.3;
    }

    .h0 {
      font-size: 1.2em;
    }

    .h1 {
      font-size: 1.05em;
    }

    .h2 {
      font-size: 1em;
    }

    .muted {
      color: var(--_muted);
    }

    .filters {
      min-width: 0;
      margin: 0;
      padding: 0.5em 0.75em;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
    }

    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 1.5em;
      align-items: center;
    }

    .legend {
      margin-bottom: 0.25em;
      font-weight: 600;
    }

    .choice {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0.4em;
      align-items: center;
      min-width: 0;
      max-width: 100%;
      min-height: max(2.75em, 44px);
    }

    .choice input {
      width: 1.2em;
      height: 1.2em;
      margin: 0;
      accent-color: var(--_accent);
    }

    /* The kind of treatment on a row of its own, its list as wide as the row allows: the rows
       never depend on how wide the browser draws the list, which can change as it fills. */
    .product {
      flex: 1 1 100%;
    }

    select {
      flex: 1 1 12em;
      min-width: 0;
      min-height: max(2.75em, 44px);
      max-width: 100%;
      padding: 0.2em 0.4em;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.5);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
    }

    /* In a static export, before the script (or without one): choices that do nothing yet keep
       their place, unseen. */
    :host(:not(:defined)) .filters,
    :host(:not(:defined)) .showing {
      visibility: hidden;
    }

    .showing {
      color: var(--_muted);
      font-size: 0.9em;
    }

    .group {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
    }

    .studies {
      display: flex;
      flex-direction: column;
      gap: 0.75em;
      padding: 0;
      list-style: none;
    }

    .study {
      display: flex;
      flex-direction: column;
      gap: 0.4em;
      padding: 0.75em;
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_subtle);
    }

    .facts {
      display: grid;
      gap: 0.35em;
    }

    /* Labels beside their values where there is room, so each study stays a few lines long. */
    @container (min-width: 36em) {
      .facts > div {
        display: grid;
        grid-template-columns: 9em 1fr;
        gap: 1em;
      }
    }

    dt {
      color: var(--_muted);
      font-size: 0.85em;
      font-weight: 600;
    }

    .effect {
      font-weight: 700;
    }

    .certainty {
      font-size: 0.9em;
      font-style: italic;
    }

    .study > .button {
      align-self: flex-start;
    }

    .card:empty {
      display: none;
    }

    @media print {
      .filters,
      .showing {
        display: none;
      }

      .study {
        break-inside: avoid-page;
      }
    }
  `,
];
