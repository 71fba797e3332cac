import { css } from 'lit';
import { tokens } from '../../internal/tokens.styles.js';
import { widgetStyles } from '../../internal/widget.styles.js';

export const styles = [
  tokens,
  widgetStyles,
  css`
    :host {
      --_reserve: var(--disc-timeline-reserve, 38rem);
    }

    .switch {
      display: flex;
      gap: 0.5em;
    }

    .switch [aria-pressed='true'] {
      background: var(--_accent);
      color: var(--_surface);
    }

    /* Chart.js sizes the canvas from this box: it must be relatively positioned and hold a height. */
    .plot {
      position: relative;
      width: 100%;
      height: var(--disc-timeline-height, 20rem);
    }

    /* Out of the flow, so the canvas never sizes its box: the box sizes the canvas. */
    .plot > canvas {
      position: absolute;
      top: 0;
      left: 0;
    }

    .plot.milestones {
      height: calc(var(--lanes, 3) * 3.5rem + 4rem);
    }

    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.9em;
    }

    .glyph {
      font-family: system-ui, sans-serif;
    }

    .data {
      width: 100%;
      border-collapse: collapse;
      font-size: 0.9em;
    }

    .data th,
    .data td {
      padding: 0.35em 0.5em;
      border-bottom: 1px solid var(--_border);
      text-align: left;
      vertical-align: top;
    }

    .note {
      color: var(--_muted);
      font-size: 0.9em;
    }

    @media print {
      .switch {
        display: none;
      }

      .plot {
        break-inside: avoid;
      }

      /* A chart that never came on screen (nor finished drawing for print): print its data. */
      .plot:not([data-drawn]),
      .plot:not([data-drawn]) ~ .legend {
        display: none;
      }

      .plot:not([data-drawn]) ~ table.visually-hidden {
        position: static;
        width: auto;
        height: auto;
        margin: 0;
        overflow: visible;
        clip-path: none;
        white-space: normal;
      }
    }
  `,
];
