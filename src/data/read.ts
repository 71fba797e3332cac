/**
 * Small readers that turn unknown JSON into typed values, collecting one precise message per
 * problem (`outcomes[2].value: expected a number`) instead of stopping at the first.
 * Values are copied field by field into fresh objects, so keys such as `__proto__` in the input can
 * never reach a prototype.
 */

export const MAX_TEXT = 2000;

/** Ids of studies and series: lower-case letters, digits and dashes. */
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const MAX_ITEMS = 100;

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export class Reader {
  readonly errors: string[] = [];

  constructor(private readonly maxErrors = 50) {}

  fail(path: string, message: string): undefined {
    if (this.errors.length < this.maxErrors) this.errors.push(path ? `${path}: ${message}` : message);
    return undefined;
  }

  result<T>(value: T | undefined): Validation<T> {
    if (this.errors.length > 0 || value === undefined) {
      return { ok: false, errors: this.errors.length > 0 ? this.errors : ['no data'] };
    }
    return { ok: true, value };
  }

  object(value: unknown, path: string): Record<string, unknown> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.fail(path, `expected an object, got ${describe(value)}`);
    }
    return value as Record<string, unknown>;
  }

  text(
    value: unknown,
    path: string,
    options: { max?: number; pattern?: RegExp; patternHint?: string } = {},
  ): string | undefined {
    if (typeof value !== 'string') return this.fail(path, `expected text, got ${describe(value)}`);
    const text = value.trim();
    if (text === '') return this.fail(path, 'must not be empty');
    const max = options.max ?? MAX_TEXT;
    if (text.length > max) return this.fail(path, `is longer than ${max} characters`);
    if (options.pattern && !options.pattern.test(text)) {
      return this.fail(path, options.patternHint ?? 'has the wrong format');
    }
    return text;
  }

  /** An id: lower-case letters, digits and dashes. */
  id(value: unknown, path: string): string | undefined {
    return this.text(value, path, {
      max: 64,
      pattern: ID_PATTERN,
      patternHint: 'expected lower-case letters, digits and dashes',
    });
  }

  number(value: unknown, path: string, range?: { min?: number; max?: number; integer?: boolean }): number | undefined {
    if (typeof value !== 'number') return this.fail(path, `expected a number, got ${describe(value)}`);
    if (!Number.isFinite(value)) return this.fail(path, 'expected a finite number');
    if (range?.integer && !Number.isInteger(value)) return this.fail(path, 'expected a whole number');
    if (range?.min !== undefined && value < range.min) return this.fail(path, `must be at least ${range.min}`);
    if (range?.max !== undefined && value > range.max) return this.fail(path, `must be at most ${range.max}`);
    return value;
  }

  /** A number within a scale's range, e.g. −10 to 10 for a change on a 0–10 pain scale. */
  onScale(
    value: unknown,
    path: string,
    scale: string | undefined,
    range: [number, number] | undefined,
  ): number | undefined {
    const n = this.number(value, path);
    if (n !== undefined && range && (n < range[0] || n > range[1])) {
      return this.fail(path, `is off the ${scale} scale (${range[0]} to ${range[1]})`);
    }
    return n;
  }

  /** A confidence interval: two numbers, low then high, each read by `item`. */
  interval(
    value: unknown,
    path: string,
    item: (value: unknown, path: string) => number | undefined,
  ): [number, number] | undefined {
    const pair = this.list(value, path, item, 2);
    if (pair === undefined) return undefined;
    if (pair.length !== 2) return this.fail(path, 'expected two numbers, low then high');
    const [low, high] = pair as [number, number];
    return low > high ? this.fail(path, 'low must not be above high') : [low, high];
  }

  boolean(value: unknown, path: string): boolean | undefined {
    if (typeof value !== 'boolean') return this.fail(path, `expected true or false, got ${describe(value)}`);
    return value;
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    return this.fail(path, `expected one of ${allowed.join(', ')}, got ${describe(value)}`);
  }

  list<T>(
    value: unknown,
    path: string,
    item: (value: unknown, path: string) => T | undefined,
    max = MAX_ITEMS,
  ): T[] | undefined {
    if (!Array.isArray(value)) return this.fail(path, `expected a list, got ${describe(value)}`);
    if (value.length > max) return this.fail(path, `has more than ${max} items`);
    const items: T[] = [];
    value.forEach((entry, index) => {
      const read = item(entry, `${path}[${index}]`);
      if (read !== undefined) items.push(read);
    });
    return items;
  }

  /** Reads `key` of `source` when present; reports it when `required` and missing. */
  field<T>(
    source: Record<string, unknown>,
    key: string,
    path: string,
    read: (value: unknown, path: string) => T | undefined,
    required = false,
  ): T | undefined {
    const childPath = path ? `${path}.${key}` : key;
    // Only a missing key is "not given": null is a value, and the wrong one for every field.
    if (!Object.prototype.hasOwnProperty.call(source, key) || source[key] === undefined) {
      return required ? this.fail(childPath, 'is required') : undefined;
    }
    return read(source[key], childPath);
  }
}

/** A short description of a JSON value for error messages, never echoing its content. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** Copies only the keys that are set, so optional fields stay absent rather than `undefined`. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (entry !== undefined) out[key] = entry;
  }
  return out as T;
}
