import en from './en/loading.js';
import es from './es/loading.js';

export type { LoadingWhat } from './en/loading.js';

/**
 * The languages the widgets speak, by primary language subtag, with the line each widget shows
 * while it loads. Each language's texts live in its own folder (`en/`, `es/`); the text packs
 * (`study.ts`, `checklist.ts`, `timeline.ts`, `errors.ts`) load them when a widget needs them.
 */
export const LOADING: Record<string, typeof en> = { en, es };

export const LANGUAGES: readonly string[] = Object.keys(LOADING);

/** "es" for "es-MX": messages are chosen by the primary language subtag. */
export function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? 'en';
}

/** The language tag used for number and date formatting: only languages we have messages for. */
export function supportedLang(lang: string): string {
  return LOADING[primaryLanguage(lang)] ? lang : 'en';
}

/** The loading line in a supported language (English for any other). */
export function loadingLine(lang: string, what: keyof typeof en): string {
  return (LOADING[primaryLanguage(lang)] ?? en)[what];
}
