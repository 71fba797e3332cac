import { css } from 'lit';

/**
 * Design tokens shared by every element. Sites theme through the public `--disc-*` properties;
 * the private `--_*` ones resolve them once, per theme, with defaults that pass WCAG AA contrast.
 */

export const tokens = css`
  :host {
    --_radius: var(--disc-radius, 0.5em);
    --_space: var(--disc-space, 1em);
    --_accent: var(--disc-accent, #1a5fb4);
    --_surface: var(--disc-surface, #ffffff);
    --_text: var(--disc-text, #1b1f24);
    --_muted: var(--disc-muted, #4c5561);
    --_border: var(--disc-border, #c9d0d8);
    --_subtle: var(--disc-subtle, #f2f5f8);
    --_notice-bg: var(--disc-notice-background, #fff4d6);
    --_notice-text: var(--disc-notice-text, #4d3800);
    --_bad: var(--disc-negative, #a3241c);
    --_focus: var(--disc-focus-ring, #1a5fb4);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--disc-font-family, inherit);
    font-size: var(--disc-font-size, 1em);
    line-height: 1.5;
    color-scheme: light;
  }

  :host([hidden]) {
    display: none;
  }

  /* The dark values appear twice, for theme="dark" and for "auto" in a dark system setting:
     CSS cannot share one block between a selector and a media query. */
  :host([theme='dark']) {
    --_accent: var(--disc-accent-dark, #8ab4f8);
    --_surface: var(--disc-surface-dark, #16191d);
    --_text: var(--disc-text-dark, #eef1f4);
    --_muted: var(--disc-muted-dark, #b5bdc7);
    --_border: var(--disc-border-dark, #4a525c);
    --_subtle: var(--disc-subtle-dark, #22272d);
    --_notice-bg: var(--disc-notice-background-dark, #3a3020);
    --_notice-text: var(--disc-notice-text-dark, #ffe3a3);
    --_bad: var(--disc-negative-dark, #ffaaa3);
    --_focus: var(--disc-focus-ring-dark, #8ab4f8);
    color-scheme: dark;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_accent: var(--disc-accent-dark, #8ab4f8);
      --_surface: var(--disc-surface-dark, #16191d);
      --_text: var(--disc-text-dark, #eef1f4);
      --_muted: var(--disc-muted-dark, #b5bdc7);
      --_border: var(--disc-border-dark, #4a525c);
      --_subtle: var(--disc-subtle-dark, #22272d);
      --_notice-bg: var(--disc-notice-background-dark, #3a3020);
      --_notice-text: var(--disc-notice-text-dark, #ffe3a3);
      --_bad: var(--disc-negative-dark, #ffaaa3);
      --_focus: var(--disc-focus-ring-dark, #8ab4f8);
      color-scheme: dark;
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .error {
    margin: 0;
    padding: var(--_space);
    border: 2px solid var(--_bad);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .error strong {
    display: block;
    color: var(--_bad);
  }

  @media print {
    :host {
      --_accent: #000;
      --_surface: #fff;
      --_text: #000;
      --_muted: #222;
      --_border: #555;
      --_subtle: #fff;
      --_notice-bg: #fff;
      --_notice-text: #000;
      --_bad: #000;
      color-scheme: light;
    }
  }
`;
