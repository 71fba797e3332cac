import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DiscOutcomeTimeline } from '../src/outcome-timeline.js';
import { darkPage, narrow } from './decorators.js';

type Args = Partial<
  Pick<DiscOutcomeTimeline, 'studies' | 'src' | 'series' | 'view' | 'journey' | 'theme' | 'disclosure'>
> & {
  lang?: string;
};

const meta: Meta<Args> = {
  title: 'Elements/Outcome timeline',
  component: 'disc-outcome-timeline',
  args: { studies: 'gornet-2024 xie-2021 bates-2022', journey: false, theme: 'auto' },
  render: (args) =>
    html`<disc-outcome-timeline
      studies=${ifDefined(args.studies)}
      src=${ifDefined(args.src)}
      view=${ifDefined(args.view)}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
      disclosure=${ifDefined(args.disclosure)}
      ?journey=${args.journey}
      .series=${args.series}
    ></disc-outcome-timeline>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Built-in studies: one lane each, a marker where a result was reported. */
export const Milestones: Story = {};
export const MilestonesWithJourney: Story = { name: 'Milestones with the treatment journey', args: { journey: true } };

/** A clinic that sells the treatment says so; the note sits under the summary, where no page style can hide it. */
export const WithDisclosure: Story = {
  name: "With the site's disclosure",
  args: { journey: true, disclosure: 'Example: we offer this treatment at our clinic.' },
};

/** A clinic's own cohort, loaded from its site, drawn as a line against the smallest noticeable change. */
export const Trajectory: Story = {
  name: "Trajectory (a site's own series)",
  args: { studies: undefined, src: '/test/fixtures/clinic-series.json' },
};
export const TrajectoryWithJourney: Story = {
  name: 'Trajectory with the treatment journey',
  args: { studies: undefined, src: '/test/fixtures/clinic-series.json', journey: true },
};
/**
 * A built-in study with values over time: a trajectory by default, one line per group (the later
 * visits count only those who did not have surgery), and a switch between its two measures.
 */
export const CatalogTrajectory: Story = {
  name: 'Trajectory (a built-in study over time)',
  args: { studies: 'pettine-2015' },
};
/** The same series as milestones: the view is chosen from the data unless set. */
export const OwnSeriesAsMilestones: Story = {
  name: "A site's own series, milestones view",
  args: { studies: 'gornet-2024', src: '/test/fixtures/clinic-series.json', view: 'milestones' },
};

/**
 * Take it away: **Data (CSV)** is exactly the table, after the sources and the date; **Image (PNG)**
 * and **Image (SVG)** are the chart with its title, legend, sources and the regulatory line drawn in.
 * Files are made in the browser, by code that loads on the first download; nothing is sent anywhere.
 */
export const Downloads: Story = {
  name: 'Downloads (CSV, PNG, SVG)',
  args: { studies: 'gornet-2024 xie-2021', journey: true },
};

export const Dark: Story = { args: { journey: true, theme: 'dark' }, decorators: [darkPage] };
export const DarkTrajectory: Story = {
  name: 'Dark, a built-in study over time',
  args: { studies: 'pettine-2015', theme: 'dark' },
  decorators: [darkPage],
};
export const Narrow280px: Story = { name: 'Narrow (280 px)', args: { journey: true }, decorators: [narrow] };

export const ErrorNoData: Story = { name: 'Error: no studies or series', args: { studies: undefined } };
export const ErrorUnknownId: Story = { name: 'Error: unknown study id', args: { studies: 'gornet-2024 nope-1999' } };
export const ErrorInvalidSeries: Story = {
  name: 'Error: a series on a scale that cannot be drawn',
  args: {
    studies: undefined,
    series: [
      {
        id: 'smd',
        label: 'Pooled effect (example data)',
        measure: 'Pain',
        scale: 'smd',
        comparison: 'versus-control',
        timeUnit: 'months',
        points: [{ time: 6, value: -0.5 }],
      },
    ] as unknown as DiscOutcomeTimeline['series'],
  },
};

/** In Spanish, with the journey: axis, legend, summary and table follow `lang`. */
export const Spanish: Story = { name: 'Spanish (lang="es")', args: { journey: true, lang: 'es' } };
