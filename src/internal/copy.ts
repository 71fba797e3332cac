import { copyText } from './clipboard.js';

/** Whether a "Copy …" button's last copy worked; `idle` before any, and while a copy is on its way. */
export type CopyStatus = 'idle' | 'done' | 'failed';

/**
 * Copies plain text for a "Copy …" button and reports it through `report`, which the element
 * shows in a live region: `idle` first, so a second copy is announced again, then whether it
 * worked (browsers may refuse).
 */
export async function copyAnnounced(
  text: string,
  host: { readonly updateComplete: Promise<boolean> },
  report: (status: CopyStatus) => void,
): Promise<void> {
  report('idle');
  await host.updateComplete;
  report(await copyText(text));
}
