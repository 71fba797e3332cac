// The demo's language switch: one attribute on the page, and every widget follows it.
const root = document.documentElement;
document.getElementById('switch')?.addEventListener('click', () => {
  root.lang = root.lang === 'es' ? 'en' : 'es';
});
