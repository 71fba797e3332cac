import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

/** A 280 px column, the narrowest a widget supports (a phone sidebar). */
export const narrow: Decorator = (story) => html`<div style=${styleMap({ width: '280px' })}>${story()}</div>`;

/** A dark page behind a dark-themed widget. */
export const darkPage: Decorator = (story) =>
  html`<div style=${styleMap({ background: '#0f1114', padding: '1rem', colorScheme: 'dark' })}>${story()}</div>`;
