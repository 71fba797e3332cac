import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DiscEvidenceOverview } from '../src/evidence-overview.js';
import { darkPage, narrow } from './decorators.js';

type Args = Partial<Pick<DiscEvidenceOverview, 'studies' | 'theme' | 'headingLevel' | 'disclosure'>> & {
  lang?: string;
};

const meta: Meta<Args> = {
  title: 'Elements/Evidence overview',
  component: 'disc-evidence-overview',
  args: { theme: 'auto' },
  render: (args) =>
    html`<disc-evidence-overview
      studies=${ifDefined(args.studies)}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
      heading-level=${ifDefined(args.headingLevel)}
      disclosure=${ifDefined(args.disclosure)}
    ></disc-evidence-overview>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Clicks a control in the overview as a reader would, then waits for what it loads. */
function clicking(selector: string): Story['play'] {
  return async ({ canvasElement }) => {
    const overview = canvasElement.querySelector('disc-evidence-overview')!;
    await overview.updateComplete;
    overview.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
    await overview.updateComplete;
  };
}

/** Every study in the catalog, grouped by the certainty of its main result. */
export const AllStudies: Story = { name: 'All studies' };

/** A site that names only some studies: the overview says how many it left out. */
export const ChosenStudies: Story = {
  name: 'Studies the site chose',
  args: { studies: 'gornet-2024 xie-2021 bates-2022' },
};

/** "Randomized studies" ticked. */
export const RandomizedOnly: Story = {
  name: 'Randomized studies only',
  play: clicking('[part~="filters"] input[type="checkbox"]'),
};

/** A study's full card, opened in place. */
export const CardOpened: Story = {
  name: 'A full card opened in place',
  args: { studies: 'mesoblast-msb-dr003 amirdelfan-2021' },
  play: clicking('[part~="open-button"]'),
};

/** A clinic that sells the treatment says so, above everything else. */
export const WithDisclosure: Story = {
  name: "With the site's disclosure",
  args: { disclosure: 'Example: we offer this treatment at our clinic, for a fee.' },
};

export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };
export const Narrow280px: Story = { name: 'Narrow (280 px)', decorators: [narrow] };
export const Spanish: Story = { name: 'Spanish (lang="es")', args: { lang: 'es' } };
export const ErrorUnknownId: Story = { name: 'Error: unknown study id', args: { studies: 'gornet-2024 nope-1999' } };
