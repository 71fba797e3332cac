/** Number and date formatting through `Intl`, for the widget's language. */

export function formatNumber(lang: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2, ...options }).format(value);
}

/** Keeps the precision the source reported: 62.8 stays "62.8", 41.62 stays "41.62". */
export function formatReported(lang: string, value: number, decimals = decimalsOf(value)): string {
  return formatNumber(lang, value, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : Math.min(text.length - dot - 1, 6);
}

/** A number given as text, as reported (a P value such as "<0.00001"), with the language's decimal sign. */
export function formatReportedText(lang: string, text: string): string {
  const decimal = formatNumber(lang, 1.5).charAt(1);
  return text.replace(/(\d)\.(\d)/g, `$1${decimal}$2`);
}

export function formatPercent(lang: string, ratio: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits }).format(ratio);
}

/** An ISO date (YYYY-MM-DD) as a long date, read in UTC so it never shifts by a day. */
export function formatDate(lang: string, isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
