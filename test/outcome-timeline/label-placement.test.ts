import { expect } from '@open-wc/testing';
import { placeLabels, stackLabels } from '../../src/components/outcome-timeline/label-placement.js';

const canvas = (width: number) => ({ offset: 10, gap: 6, edge: 0, width });
const still = { offset: 0.9, gap: 0.5, edge: -0.5, widest: 80 };

describe('placeLabels (canvas and still image)', () => {
  it('alternates above and below, and runs right of the marker where it fits', () => {
    const placed = placeLabels(
      [
        { at: 0.1, width: 40 },
        { at: 0.2, width: 40 },
        { at: 0.3, width: 40 },
      ],
      canvas(600),
    );
    expect(placed.map((p) => [p.index, p.above, p.leftward])).to.deep.equal([
      [0, true, false],
      [1, false, false],
      [2, true, false],
    ]);
    expect(placed[0]!.start.a * 600 + placed[0]!.start.b).to.equal(70);
  });

  it('runs left of a marker near the right edge, ending beside it', () => {
    const [label] = placeLabels([{ at: 0.95, width: 60 }], canvas(600));
    expect(label!.leftward).to.equal(true);
    expect(label!.start.a * 600 + label!.start.b).to.equal(570 - 10 - 60);
  });

  it('leaves out a label that would run into the one before it on its side, keeping the alternation', () => {
    const placed = placeLabels(
      [
        { at: 0.1, width: 200 },
        { at: 0.15, width: undefined },
        { at: 0.2, width: 50 },
        { at: 0.6, width: 50 },
      ],
      canvas(600),
    );
    // The third marker's label is above, like the first's, and would start inside it.
    expect(placed.map((p) => p.index)).to.deep.equal([0, 3]);
    expect(placed[1]!.above).to.equal(false);
  });

  it('on the still image, says the narrowest plot each label fits in, and drops one that fits nowhere', () => {
    const placed = placeLabels(
      [
        { at: 0.1, width: 4 },
        { at: 0.9, width: 4 },
        { at: 0.5, width: 200 },
      ],
      still,
    );
    expect(placed.map((p) => [p.index, p.leftward])).to.deep.equal([
      [0, false],
      [1, true],
    ]);
    // 0.1 W + 0.9 + 4 must stay within W + 0.5: W ≥ 4.89.
    expect(placed[0]!.narrowest).to.be.closeTo(4.4 / 0.9, 1e-9);
  });

  it('keeps labels above clear of a lane name drawn there', () => {
    const [label] = placeLabels([{ at: 0.05, width: 3 }], { ...still, clearAbove: 10 });
    // 0.05 W + 0.9 must clear 10 + 0.5: W ≥ 192, wider than any plot it may need.
    expect(label).to.equal(undefined);
    expect(placeLabels([{ at: 0.3, width: 3 }], { ...still, clearAbove: 10 })[0]!.narrowest).to.be.closeTo(32, 1e-9);
  });

  it('stacks labels that must all show in the first row they fit, and leaves out only what fits in none', () => {
    const placed = stackLabels(
      [
        { at: 0, width: 60 },
        { at: 0, width: 90 },
        { at: 0.05, width: 140 },
        { at: 0.3, width: 20 },
        { at: 0.95, width: 100 },
      ],
      canvas(600),
      3,
    );
    expect(placed.map((p) => [p.index, p.row, p.leftward])).to.deep.equal([
      [0, 0, false],
      [1, 1, false],
      [2, 2, false],
      [3, 0, false],
      [4, 0, true],
    ]);
    // With one row, a label that would run into the one before it is left out.
    expect(
      stackLabels(
        [
          { at: 0, width: 60 },
          { at: 0.05, width: 60 },
        ],
        canvas(600),
        1,
      ).map((p) => p.index),
    ).to.deep.equal([0]);
  });
});
