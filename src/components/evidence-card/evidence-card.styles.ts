import { css } from 'lit';
import { tokens } from '../../internal/tokens.styles.js';
import { widgetStyles } from '../../internal/widget.styles.js';

export const styles = [
  tokens,
  widgetStyles,
  css`
    :host {
      --_reserve: var(--disc-card-reserve, 36em);
      container-type: inline-size;
      max-width: var(--disc-card-max-width, none);
    }

    :host([variant='compact']) {
      --_reserve: var(--disc-card-reserve, 20em);
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
      font-size: 1em;
      margin-bottom: 0.35em;
    }

    .header {
      display: flex;
      flex-direction: column;
      gap: 0.4em;
    }

    .badge {
      display: inline-block;
      padding: 0.1em 0.6em;
      border: 1px solid var(--_accent);
      border-radius: 999px;
      color: var(--_accent);
      font-size: 0.85em;
      font-weight: 600;
    }

    .muted,
    .footer {
      color: var(--_muted);
    }

    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
      gap: 0.5em 1em;
    }

    dt {
      color: var(--_muted);
      font-size: 0.85em;
      font-weight: 600;
    }

    .findings-list,
    .plain-list,
    .links {
      padding: 0;
      list-style: none;
      display: flex;
      flex-direction: column;
      gap: 0.6em;
    }

    .plain-list {
      padding-left: 1.2em;
      list-style: disc;
      gap: 0.2em;
    }

    .finding {
      padding: 0.5em 0.75em;
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_subtle);
    }

    .finding-label,
    .effect {
      font-weight: 700;
    }

    .certainty {
      font-size: 0.9em;
      font-style: italic;
    }

    .number {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }

    .missing {
      font-weight: 400;
      font-style: italic;
    }

    .threshold {
      font-size: 0.9em;
      font-weight: 600;
    }

    .mark {
      display: inline-block;
      min-width: 1em;
    }

    .more {
      margin-top: 0.6em;
    }

    .more > summary {
      cursor: pointer;
      color: var(--_accent);
      font-weight: 600;
    }

    .more > .findings-list {
      margin-top: 0.6em;
    }

    .links {
      flex-direction: row;
      flex-wrap: wrap;
      gap: 0.3em 1em;
      margin-top: 0.4em;
    }

    a {
      color: var(--_accent);
      text-underline-offset: 0.15em;
    }

    .citation {
      font-size: 0.9em;
    }

    .copy-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
      margin-top: 0.6em;
    }

    .copy-status.failed {
      color: var(--_bad);
    }

    .footer {
      display: flex;
      flex-wrap: wrap;
      gap: 0.2em 1em;
      font-size: 0.8em;
    }

    .card > .button {
      align-self: flex-start;
    }

    @media print {
      .card {
        break-inside: avoid-page;
      }

      .copy-status {
        display: none;
      }

      a::after {
        content: ' <' attr(href) '>';
        font-size: 0.8em;
      }
    }
  `,
];
