import { css, unsafeCSS } from 'lit';
import { DARK_PALETTE, JOURNEY_LANE_ROOM, LIGHT_PALETTE } from './chart-config.js';
import { tokens } from '../../internal/tokens.styles.js';
import { widgetStyles } from '../../internal/widget.styles.js';

/** The series colours as custom properties (`--_c0`…), from the same lists the canvas uses. */
const colours = (palette: readonly string[]) => unsafeCSS(palette.map((c, i) => `--_c${i}:${c};`).join(''));

/**
 * Widths of the still image's plot, in em of its text, below which a marker label may have to give
 * way: a label marked `fit-20` is hidden in a plot narrower than 20em (see `chartImage`).
 */
export const LABEL_FIT_WIDTHS = [16, 20, 24, 28, 32, 40, 48, 56, 64, 72, 80] as const;

const labelFits = unsafeCSS(
  LABEL_FIT_WIDTHS.map((width) => `@container (max-width:${width}em){.fit-${width}{display:none}}`).join(''),
);

/**
 * Under the journey's lane, room for its steps in words, added to the room for the time axis: the
 * same share of a lane as on the chart's axis.
 */
const journeyRoom = unsafeCSS(`.plot.milestones.with-journey::after{height:calc(4em + 5.5em * ${JOURNEY_LANE_ROOM})}`);

/** One class per series colour, for the legend and the still image. */
const colourClasses = unsafeCSS(LIGHT_PALETTE.map((_, i) => `.c${i}{color:var(--_c${i})}`).join(''));

export const styles = [
  tokens,
  widgetStyles,
  css`
    :host {
      ${colours(LIGHT_PALETTE)}
    }

    :host([theme='dark']) {
      ${colours(DARK_PALETTE)}
    }

    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light'])) {
        ${colours(DARK_PALETTE)}
      }
    }

    ${colourClasses}

    .ink {
      color: var(--_text);
    }

    .muted {
      color: var(--_muted);
    }

    :host {
      --_reserve: var(--disc-timeline-reserve, 38em);
    }

    .switch,
    .downloads {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
    }

    .downloads {
      font-size: 0.9em;
    }

    .switch [aria-pressed='true'] {
      background: var(--_accent);
      color: var(--_surface);
    }

    /* Chart.js sizes the canvas from this box: it must be relatively positioned and hold a height. */
    .plot {
      position: relative;
      width: 100%;
      height: var(--disc-timeline-height, 20em);
    }

    /* Out of the flow, so the canvas never sizes its box: the box sizes the canvas. */
    .plot > canvas {
      display: block;
      position: absolute;
      top: 0;
      left: 0;
    }

    /* The ring inside the canvas, which fills its box to the edges. */
    .plot > canvas:focus-visible {
      outline-offset: -3px;
    }

    /* A milestones chart grows with its lanes: one row each, and room for the time axis. */
    .plot.milestones {
      height: auto;
    }

    .plot.milestones::after {
      content: '';
      display: block;
      height: 4em;
    }

    /* Tall enough for two lines of words above and below each lane's markers. */
    .lane {
      display: block;
      height: 5.5em;
    }

    ${journeyRoom}

    /* A trajectory with the journey has a band for it under the data. */
    .plot.trajectory.with-journey {
      height: calc(var(--disc-timeline-height, 20em) + 5em);
    }

    /* The still image of a static export, kept in the box until the chart is drawn over it. */
    .chart-image {
      position: absolute;
      inset: 0;
      display: flex;
      flex-direction: column;
      font-size: 0.8em;
    }

    .plot[data-drawn] > .chart-image {
      display: none;
    }

    .chart-image .area {
      position: relative;
      flex: 1;
      container-type: inline-size;
      margin: 0.25em 0.75em 1.75em 3.25em;
    }

    .milestones .chart-image .area {
      margin: 1.5em 0.75em 1.75em;
    }

    .chart-image svg {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      overflow: visible;
    }

    ${labelFits}

    .chart-image .axis-title {
      min-height: 1.5em;
      font-weight: 600;
    }

    .chart-image .axis-title.x {
      text-align: center;
    }

    .chart-image .grid {
      stroke: var(--_border);
      stroke-width: 1;
    }

    .chart-image .line {
      stroke: currentColor;
    }

    .chart-image text,
    .chart-image .band {
      fill: currentColor;
    }

    .chart-image .journey-band {
      fill: var(--_border);
      opacity: 0.35;
    }

    .chart-image .journey-step {
      font-style: italic;
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
      .switch,
      .downloads {
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
