import type { DesignKind } from './model.js';

/**
 * How strongly a design supports its findings, and the verb the wording must use:
 * "likely" for pooled randomized trials, "suggests" for one randomized trial, "may" for studies
 * without a control group; unverified secondary reports and trials without results get no verb.
 */
export type Hedge = 'likely' | 'suggests' | 'may' | 'unverified' | 'pending';

export interface EvidenceLevel {
  /** 1 is the strongest design in this catalog, 4 the weakest; null when it cannot be rated. */
  rank: 1 | 2 | 3 | 4 | null;
  hedge: Hedge;
}

const LEVELS: Record<DesignKind, EvidenceLevel> = {
  'meta-analysis-rct': { rank: 1, hedge: 'likely' },
  rct: { rank: 2, hedge: 'suggests' },
  'meta-analysis-cohort': { rank: 3, hedge: 'may' },
  'single-arm': { rank: 4, hedge: 'may' },
  'secondary-report': { rank: null, hedge: 'unverified' },
  'ongoing-trial': { rank: null, hedge: 'pending' },
};

export function evidenceLevel(kind: DesignKind): EvidenceLevel {
  return LEVELS[kind];
}

/** The number of ranked levels, for "level 2 of 4". */
export const EVIDENCE_LEVEL_COUNT = 4;
