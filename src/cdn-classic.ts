/**
 * The one-script-tag file for places that insert only classic scripts: tag managers, older CMSs
 * and plugins that add `<script src>` without `type="module"`. It loads the module file beside it,
 * which does everything else; the page needs nothing more.
 */
((script) => {
  const src = script instanceof HTMLScriptElement ? script.src : '';
  if (!src) {
    console.warn(
      'disc-evidence: insert disc-evidence.classic.js with a <script src>, so it can find the files beside it.',
    );
    return;
  }
  import(new URL('disc-evidence.js', src).href).catch((error: unknown) =>
    console.warn('disc-evidence: could not load disc-evidence.js', error),
  );
})(document.currentScript);
