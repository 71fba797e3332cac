import { css } from 'lit';

/**
 * The pieces every widget draws the same way: its panel, its loading state, its buttons and the
 * regulatory note and the notes a reader must not miss. Elements add their own layout on top.
 */
export const widgetStyles = css`
  .panel {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overflow-wrap: anywhere;
  }

  /* Holds the same box as the page's reserved space before upgrade, so nothing jumps twice. */
  .loading {
    min-height: var(--_reserve);
    justify-content: center;
    color: var(--_muted);
  }

  p {
    margin: 0;
  }

  /* A static export shown before its script arrives, or without one: the page's reserved height is
     for empty widgets, and buttons that do nothing yet keep their place unseen. */
  :host(:not(:defined)) {
    min-height: 0 !important;
  }

  :host(:not(:defined)) .button {
    visibility: hidden;
  }

  .button {
    min-height: max(2.75em, 44px);
    padding: 0.4em 1em;
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .button:hover {
    background: var(--_subtle);
  }

  /* A note the reader must not miss: the site's disclosure, and the card's "ongoing" and
     "secondary source" notes. */
  .notice {
    padding: 0.4em 0.6em;
    border-left: 4px solid var(--_accent);
    background: var(--_subtle);
    font-weight: 600;
  }

  .regulatory {
    padding: 0.5em 0.75em;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_notice-bg);
    color: var(--_notice-text);
    font-size: 0.9em;
  }

  @media print {
    .button {
      display: none;
    }
  }
`;
