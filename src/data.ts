/** The data layer on its own: the study model, its validator, the loader and the built-in catalog. */
export type {
  Certainty,
  CertaintyConcern,
  CertaintyRating,
  CertaintyReason,
  Comparison,
  Design,
  DesignKind,
  Direction,
  Domain,
  Funding,
  Intervention,
  MainGoal,
  MainGoalStatus,
  Outcome,
  Population,
  ProductKind,
  Provenance,
  Responders,
  Scale,
  Study,
  TimePoint,
  TimeUnit,
} from './data/model.js';
export {
  CERTAINTIES,
  CERTAINTY_CONCERNS,
  COMPARISONS,
  DESIGN_KINDS,
  DIRECTIONS,
  DOMAINS,
  MAIN_GOAL_STATUSES,
  PRODUCT_KINDS,
  SCALES,
} from './data/model.js';
export { validateStudy, validateStudies } from './data/validate-study.js';
export type { Series, SeriesPoint, TrajectoryScale } from './data/series.js';
export type {
  Answer,
  Answers,
  CandidacyStatus,
  CriteriaSet,
  Predictor,
  Question,
  RedFlag,
  Requirement,
} from './data/criteria.js';
export { ANSWERS } from './data/criteria.js';
export { validateCriteria } from './data/validate-criteria.js';
export { CRITERIA_IDS, loadCriteriaSet, type CriteriaId } from './data/criteria/index.js';
export { TRAJECTORY_SCALES } from './data/series.js';
export { TRAJECTORY_RANGE, validateSeries } from './data/validate-series.js';
export type { Validation } from './data/read.js';
export { DataError, loadStudy, type DataSource, type LoadErrorCode, type LoadOptions } from './data/load.js';
export { CATALOG_IDS, isCatalogId, type CatalogId } from './data/catalog/ids.js';
export { getCatalogStudy } from './data/catalog/index.js';
export { effectOf, lowStart, wordingCertainty, type Effect, type LowStart } from './data/certainty.js';
export { judgeThreshold, MEANINGFUL_CHANGE, type ThresholdVerdict } from './data/thresholds.js';
