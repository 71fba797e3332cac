import { expect } from '@open-wc/testing';
import { validateStudies, validateStudy } from '../../src/data/validate-study.js';
import { minimalStudy } from '../fixtures/studies.js';

function errorsOf(input: unknown): string[] {
  const result = validateStudy(input);
  return result.ok ? [] : result.errors;
}

describe('validateStudy', () => {
  it('accepts a minimal study and fills empty lists', () => {
    const result = validateStudy(minimalStudy());
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.value.outcomes).to.deep.equal([]);
      expect(result.value.safety).to.deep.equal([]);
      expect(result.value.population).to.deep.equal({});
    }
  });

  it('names the path of a wrong value inside an outcome', () => {
    const study = minimalStudy({
      outcomes: [
        { domain: 'pain', comparison: 'versus-control', finding: 'a' },
        { domain: 'pain', comparison: 'versus-control', finding: 'b' },
        { domain: 'pain', comparison: 'versus-control', finding: 'c', scale: 'vas-100', value: 'lots' },
      ],
    });
    expect(errorsOf(study)).to.deep.equal(['outcomes[2].value: expected a number, got text']);
  });

  it('reports every problem, not only the first', () => {
    const errors = errorsOf({ id: 'Bad Id!', title: 3, design: { kind: 'anecdote' } });
    expect(errors).to.include('id: expected lower-case letters, digits and dashes');
    expect(errors).to.include('title: expected text, got a number');
    expect(errors).to.include('headline: is required');
    expect(errors.some((e) => e.startsWith('design.kind: expected one of meta-analysis-rct'))).to.equal(true);
    expect(errors).to.include('provenance: is required');
    expect(errors).to.include('status: is required');
    expect(errors).to.include('lastReviewed: is required');
  });

  it('rejects something that is not an object', () => {
    expect(errorsOf('hello')).to.deep.equal(['expected an object, got text']);
    expect(errorsOf([])).to.deep.equal(['expected an object, got a list']);
    expect(errorsOf(null)).to.deep.equal(['expected an object, got null']);
  });

  it('rejects null in a field, as the JSON Schema does, instead of taking it for a missing value', () => {
    expect(errorsOf(minimalStudy({ journal: null }))).to.deep.equal(['journal: expected text, got null']);
    expect(errorsOf(minimalStudy({ outcomes: null }))).to.deep.equal(['outcomes: expected a list, got null']);
  });

  it('rejects NaN and Infinity', () => {
    const errors = errorsOf(
      minimalStudy({
        population: { participants: Number.NaN },
        outcomes: [{ domain: 'pain', comparison: 'versus-control', finding: 'x', scale: 'smd', value: Infinity }],
      }),
    );
    expect(errors).to.deep.equal([
      'population.participants: expected a finite number',
      'outcomes[0].value: expected a finite number',
    ]);
  });

  it('rejects values off their scale', () => {
    const errors = errorsOf(
      minimalStudy({
        outcomes: [{ domain: 'pain', comparison: 'change-from-baseline', finding: 'x', scale: 'vas-10', value: -40 }],
      }),
    );
    expect(errors).to.deep.equal(['outcomes[0].value: is off the vas-10 scale (-10 to 10)']);
  });

  it('rejects a confidence interval whose low end is above its high end', () => {
    const errors = errorsOf(
      minimalStudy({
        outcomes: [
          { domain: 'pain', comparison: 'versus-control', finding: 'x', scale: 'smd', value: -0.5, ci: [0.2, -0.9] },
        ],
      }),
    );
    expect(errors).to.deep.equal(['outcomes[0].ci: low must not be above high']);
  });

  it('rejects more responders than participants', () => {
    const errors = errorsOf(
      minimalStudy({
        outcomes: [{ domain: 'pain', comparison: 'responders', finding: 'x', responders: { count: 10, of: 9 } }],
      }),
    );
    expect(errors).to.deep.equal(['outcomes[0].responders.count: must not be more than "of"']);
  });

  for (const url of [
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    ' java\tscript:alert(1)',
  ]) {
    it(`rejects the link ${JSON.stringify(url)}`, () => {
      expect(errorsOf(minimalStudy({ url }))).to.deep.equal(['url: only http, https and mailto links are allowed']);
    });
  }

  it('accepts https and mailto links', () => {
    expect(errorsOf(minimalStudy({ url: 'https://example.org/study' }))).to.deep.equal([]);
    expect(errorsOf(minimalStudy({ url: 'mailto:editor@example.org' }))).to.deep.equal([]);
  });

  it('keeps HTML in text fields as plain text', () => {
    const result = validateStudy(minimalStudy({ headline: '<img src=x onerror=alert(1)>' }));
    expect(result.ok && result.value.headline).to.equal('<img src=x onerror=alert(1)>');
  });

  it('rejects very long text and very long lists', () => {
    const errors = errorsOf(minimalStudy({ headline: 'x'.repeat(5000), limitations: Array(500).fill('y') }));
    expect(errors).to.deep.equal(['headline: is longer than 300 characters', 'limitations: has more than 100 items']);
  });

  it('never lets __proto__ or constructor keys reach a prototype', () => {
    const input = JSON.parse(
      JSON.stringify(minimalStudy()).replace('{', '{"__proto__":{"polluted":true},"constructor":{"x":1},'),
    ) as unknown;
    const result = validateStudy(input);
    expect(result.ok).to.equal(true);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    if (result.ok) expect(Object.getPrototypeOf(result.value)).to.equal(Object.prototype);
  });

  it('rejects an ongoing trial marked completed', () => {
    const errors = errorsOf(minimalStudy({ design: { kind: 'ongoing-trial' }, status: 'completed' }));
    expect(errors).to.deep.equal(['status: an ongoing trial cannot be completed']);
  });

  it('checks identifiers', () => {
    const errors = errorsOf(minimalStudy({ doi: 'doi.org/x', pmid: 'PM123', pmcid: '8455197' }));
    expect(errors).to.deep.equal([
      'doi: expected a DOI such as 10.1155/2021/9149315',
      'pmid: expected a PubMed id of digits only',
      'pmcid: expected a PMC id such as PMC8455197',
    ]);
  });
});

describe('validateStudy: certainty and comparisons', () => {
  const imprecise = { concern: 'imprecision', note: 'few patients' };
  const rct = (outcome: Record<string, unknown>) =>
    minimalStudy({
      design: { kind: 'rct' },
      comparator: 'Saline injection',
      outcomes: [{ domain: 'pain', finding: 'Less pain', comparison: 'versus-control', ...outcome }],
    });
  const single = (outcome: Record<string, unknown>) =>
    minimalStudy({
      outcomes: [{ domain: 'pain', finding: 'Less pain', comparison: 'change-from-baseline', ...outcome }],
    });

  it('accepts a rating that follows from where the result starts and its reasons', () => {
    const low = {
      level: 'low',
      reasons: [imprecise, { concern: 'inconsistency', note: 'trials disagreed' }],
    };
    expect(errorsOf(rct({ certainty: low }))).to.deep.equal([]);
    expect(errorsOf(rct({ certainty: { level: 'high', reasons: [] } }))).to.deep.equal([]);
    expect(errorsOf(rct({ certainty: { level: 'low', reasons: [{ ...imprecise, levels: 2 }] } }))).to.deep.equal([]);
    expect(errorsOf(single({ certainty: { level: 'low', reasons: [] } }))).to.deep.equal([]);
    // Very low is the floor: more reasons than levels are fine there.
    const floor = { level: 'very-low', reasons: [imprecise, { concern: 'risk-of-bias', note: 'open label' }] };
    expect(errorsOf(single({ certainty: floor }))).to.deep.equal([]);
  });

  it('rejects a single-group result rated above low', () => {
    expect(errorsOf(single({ certainty: { level: 'moderate', reasons: [] } }))).to.deep.equal([
      'outcomes[0].certainty.level: this result starts at "low" certainty (it is not a comparison between randomized groups) and cannot be rated "moderate"',
    ]);
  });

  it('rejects a change within one arm of a randomized trial rated as if it were a comparison between groups', () => {
    const errors = errorsOf(rct({ comparison: 'change-from-baseline', certainty: { level: 'high', reasons: [] } }));
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('cannot be rated "high"');
  });

  it('rejects a rating that steps down without a reason for each level', () => {
    expect(errorsOf(rct({ certainty: { level: 'low', reasons: [imprecise] } }))).to.deep.equal([
      'outcomes[0].certainty.reasons: "low" is 2 level(s) below where this result starts ("high"), but the reasons move it down 1: give one reason for each level',
    ]);
    expect(errorsOf(single({ certainty: { level: 'very-low', reasons: [] } }))[0]).to.contain('give one reason');
  });

  it('rejects reasons that would move a rating further down than it is', () => {
    const errors = errorsOf(rct({ certainty: { level: 'moderate', reasons: [{ ...imprecise, levels: 2 }] } }));
    expect(errors[0]).to.contain('the reasons move it down 2');
  });

  it('rejects unknown levels, concerns and step sizes, and a reason without its words', () => {
    const errors = errorsOf(
      rct({
        certainty: {
          level: 'certain',
          reasons: [{ concern: 'vibes', note: 'x' }, { ...imprecise, levels: 3 }, { concern: 'imprecision' }],
        },
      }),
    );
    expect(errors).to.include('outcomes[0].certainty.reasons[2].note: is required');
    expect(errors.some((e) => e.startsWith('outcomes[0].certainty.level: expected one of high'))).to.equal(true);
    expect(errors.some((e) => e.startsWith('outcomes[0].certainty.reasons[0].concern: expected one of'))).to.equal(
      true,
    );
    expect(errors).to.include('outcomes[0].certainty.reasons[1].levels: expected 1 (serious) or 2 (very serious)');
  });

  it('rejects a difference between groups in a study without a comparator', () => {
    expect(errorsOf(single({ comparison: 'versus-control' }))).to.deep.equal([
      'outcomes[0].comparison: a study without a comparator has no control group to compare with',
    ]);
  });

  it('rejects a note on the control groups of a study that had none, and a comparator on a single-group study', () => {
    expect(errorsOf(single({ controlNote: 'The placebo group also improved.' }))).to.deep.equal([
      'outcomes[0].controlNote: a study without a comparator has no control group to describe',
    ]);
    expect(errorsOf(minimalStudy({ comparator: 'Nothing' }))).to.deep.equal([
      'comparator: a single-group study has no control group: leave the comparator out',
    ]);
  });

  it('rejects a direction the numbers contradict', () => {
    expect(errorsOf(single({ direction: 'better', scale: 'vas-100', value: 12 }))).to.deep.equal([
      'outcomes[0].direction: is "better", but the numbers say "worse"',
    ]);
    expect(errorsOf(single({ direction: 'worse', scale: 'vas-100', value: -12 }))).to.have.length(1);
    expect(errorsOf(single({ direction: 'better', scale: 'vas-100', value: -12 }))).to.deep.equal([]);
  });

  it('accepts a direction only from the list, and a title note as plain text', () => {
    expect(errorsOf(single({ direction: 'better', responders: { count: 3, of: 5 } }))).to.deep.equal([]);
    expect(errorsOf(single({ direction: 'up' }))[0]).to.contain('outcomes[0].direction: expected one of better');
    expect(errorsOf(minimalStudy({ titleNote: 'About the name' }))).to.deep.equal([]);
  });
});

describe('validateStudies', () => {
  it('prefixes paths with the list index', () => {
    const result = validateStudies([minimalStudy(), minimalStudy({ year: 'soon' })]);
    expect(result.ok ? [] : result.errors).to.deep.equal(['studies[1].year: expected a number, got text']);
  });

  it('rejects duplicated ids', () => {
    const result = validateStudies([minimalStudy(), minimalStudy()]);
    expect(result.ok ? [] : result.errors).to.deep.equal(['studies[1].id: "my-study" is used twice']);
  });
});

describe('validateStudy: values over time', () => {
  const line = (id: string, overrides: Record<string, unknown> = {}) => ({
    id,
    label: 'Everyone treated',
    measure: 'Pain (VAS 0–100)',
    scale: 'vas-100',
    comparison: 'change-from-baseline',
    timeUnit: 'months',
    points: [
      { time: 0, value: 70, n: 30 },
      { time: 6, value: 40 },
    ],
    ...overrides,
  });

  it('keeps a study’s series, several measures allowed', () => {
    const result = validateStudy(
      minimalStudy({ series: [line('pain'), line('disability', { scale: 'odi', measure: 'Disability (ODI)' })] }),
    );
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value.series?.map((s) => s.id)).to.deep.equal(['pain', 'disability']);
  });

  it('names each problem: an id used twice, a value off its scale, times going back', () => {
    expect(errorsOf(minimalStudy({ series: [line('pain'), line('pain')] }))).to.deep.equal([
      'series[1].id: "pain" is used twice',
    ]);
    const [offScale] = errorsOf(minimalStudy({ series: [line('pain', { points: [{ time: 0, value: 170 }] })] }));
    expect(offScale).to.match(/^series\[0\]\.points\[0\]\.value/);
    const [backwards] = errorsOf(
      minimalStudy({
        series: [
          line('pain', {
            points: [
              { time: 6, value: 40 },
              { time: 3, value: 50 },
            ],
          }),
        ],
      }),
    );
    expect(backwards).to.equal('series[0].points[1].time: times must go up: each point comes after the one before');
  });
});

describe('validateStudy: who paid', () => {
  it('keeps a sponsor and whether it makes the product, and names what is wrong', () => {
    const result = validateStudy(minimalStudy({ funding: { sponsor: 'Mesoblast Ltd.', maker: true } }));
    expect(result.ok && result.value.funding).to.deep.equal({ sponsor: 'Mesoblast Ltd.', maker: true });
    expect(errorsOf(minimalStudy({ funding: { maker: true } }))).to.deep.equal(['funding.sponsor: is required']);
    expect(errorsOf(minimalStudy({ funding: { sponsor: 'X', maker: 'yes' } }))[0]).to.match(/^funding\.maker/);
  });

  it('keeps a main goal with its status, and holds "awaited" to running trials only', () => {
    const goal = { description: 'Pain at 12 months', status: 'not-verified', note: 'No source gives it' };
    const result = validateStudy(minimalStudy({ mainGoal: goal }));
    expect(result.ok && result.value.mainGoal).to.deep.equal(goal);
    expect(errorsOf(minimalStudy({ mainGoal: { status: 'met' } }))).to.deep.equal([
      'mainGoal.description: is required',
    ]);
    expect(errorsOf(minimalStudy({ mainGoal: { description: 'x', status: 'done' } }))[0]).to.match(
      /^mainGoal\.status: expected one of met, not-met, not-verified, awaited/,
    );
    expect(errorsOf(minimalStudy({ mainGoal: { description: 'x', status: 'awaited' } }))).to.deep.equal([
      'mainGoal.status: only a running trial’s main goal is awaited',
    ]);
    const running = { design: { kind: 'ongoing-trial', randomized: true }, status: 'ongoing' };
    expect(errorsOf(minimalStudy({ ...running, mainGoal: { description: 'x', status: 'met' } }))).to.deep.equal([
      'mainGoal.status: a running trial’s main goal is awaited',
    ]);
    expect(errorsOf(minimalStudy({ ...running, mainGoal: { description: 'x', status: 'awaited' } }))).to.deep.equal([]);
  });

  it('takes the kind of product, and "randomized" only from an ongoing trial', () => {
    const result = validateStudy(minimalStudy({ intervention: { product: 'tissue-allograft' } }));
    expect(result.ok && result.value.intervention.product).to.equal('tissue-allograft');
    expect(errorsOf(minimalStudy({ intervention: { product: 'stem cells' } }))[0]).to.match(
      /^intervention\.product: expected one of mesenchymal-cells/,
    );
    expect(errorsOf(minimalStudy({ design: { kind: 'rct', randomized: true } }))).to.deep.equal([
      'design.randomized: only an ongoing trial says this: the other kinds say it',
    ]);
  });

  it('keeps the groups of a study with several, and names what is wrong with them', () => {
    const arms = [
      { label: 'Cells', role: 'treatment', size: 20, dose: '9 million cells per mL' },
      { label: 'Saline', role: 'control' },
    ];
    const result = validateStudy(minimalStudy({ arms }));
    expect(result.ok && result.value.arms).to.deep.equal(arms);
    expect(errorsOf(minimalStudy({ arms: [arms[0]] }))).to.deep.equal([
      'arms: list the groups of a study with several: at least two',
    ]);
    expect(errorsOf(minimalStudy({ arms: [arms[0], { label: 'Saline', role: 'sham' }] }))[0]).to.match(
      /^arms\[1\]\.role: expected one of treatment, control/,
    );
    expect(errorsOf(minimalStudy({ arms: [arms[0], { role: 'control', size: 2.5 }] }))).to.include(
      'arms[1].label: is required',
    );
  });
});
