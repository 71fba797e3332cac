import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { cssom } from '../src/internal/cssom.js';

/** A 280 px column, the narrowest a widget supports (a phone sidebar). */
export const narrow: Decorator = (story) => html`<div ${cssom({ width: '280px' })}>${story()}</div>`;

/** A dark page behind a dark-themed widget. */
export const darkPage: Decorator = (story) =>
  html`<div ${cssom({ background: '#0f1114', padding: '1rem', 'color-scheme': 'dark' })}>${story()}</div>`;
