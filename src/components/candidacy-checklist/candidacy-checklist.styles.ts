import { css } from 'lit';
import { tokens } from '../../internal/tokens.styles.js';
import { widgetStyles } from '../../internal/widget.styles.js';

export const styles = [
  tokens,
  widgetStyles,
  css`
    :host {
      --_reserve: var(--disc-checklist-reserve, 40em);
    }

    .h {
      margin: 0;
      font-size: 1.2em;
      font-weight: 700;
    }

    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }

    .section {
      display: flex;
      flex-direction: column;
      gap: 0.75em;
      padding-top: 0.75em;
      border-top: 1px solid var(--_border);
    }

    .section > legend {
      padding: 0;
      font-weight: 700;
      font-size: 1.05em;
    }

    .hint,
    .muted {
      color: var(--_muted);
      font-size: 0.9em;
    }

    .question > legend {
      padding: 0;
      margin-bottom: 0.35em;
    }

    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }

    .choices label {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      min-height: max(2.75em, 44px);
      min-width: max(2.75em, 44px);
      padding: 0 0.9em;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
      cursor: pointer;
    }

    .choices input {
      width: 1.1em;
      height: 1.1em;
      margin: 0;
      accent-color: var(--_accent);
    }

    details > summary {
      cursor: pointer;
      color: var(--_accent);
      font-size: 0.9em;
    }

    .result {
      padding: 0.75em;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_subtle);
    }

    .result.urgent {
      border-color: var(--_bad);
      font-weight: 600;
    }

    .result ul {
      margin: 0.4em 0 0;
      padding-left: 1.2em;
    }

    .cta {
      display: inline-flex;
      align-items: center;
      align-self: flex-start;
      min-height: max(2.75em, 44px);
      padding: 0.4em 1em;
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_accent);
      color: var(--_surface);
      font-weight: 600;
      text-decoration: none;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
    }

    @media print {
      details {
        display: none;
      }

      .choices label:not(:has(:checked)) {
        display: none;
      }
    }
  `,
];
