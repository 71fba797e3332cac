// The builder's page: a form made from the manifest, a live preview and the snippet to copy.
import {
  attributesFrom,
  controlsFor,
  createWidget,
  elementsIn,
  loadSources,
  scriptUrl,
  snippet,
  STARTING_VALUES,
} from './builder.js';

/**
 * @typedef {import('./builder.js').Control} Control
 * @typedef {import('./builder.js').ManifestElement} ManifestElement
 */

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string>} [attributes]
 * @param {Array<Node | string>} [children]
 * @returns {HTMLElementTagNameMap[K]}
 */
function el(tag, attributes = {}, children = []) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/**
 * A manifest description as text, with its `code` spans as code elements.
 * @param {string} text
 */
function describe(text) {
  return text.split('`').map((piece, index) => (index % 2 === 1 ? el('code', {}, [piece]) : piece));
}

/**
 * One labelled control. Its value is read back through `data-name`.
 * @param {Control} control
 * @param {string} value
 */
function renderControl(control, value) {
  const id = `opt-${control.name}`;
  const help = el('small', { id: `${id}-help` }, describe(control.description));
  if (control.kind === 'boolean') {
    const input = el('input', { type: 'checkbox', id, 'data-name': control.name, 'aria-describedby': help.id });
    input.checked = value === 'true';
    return el('div', { class: 'option check' }, [input, el('label', { for: id }, [control.name]), help]);
  }
  if (control.kind === 'multi') {
    const chosen = new Set(value.split(/\s+/).filter(Boolean));
    const boxes = control.choices.map((choice) => {
      const box = el('input', { type: 'checkbox', value: choice.value, 'data-multi': control.name });
      box.checked = chosen.has(choice.value);
      return el('label', { class: 'choice' }, [box, ` ${choice.label}`]);
    });
    return el('fieldset', { class: 'option', 'aria-describedby': help.id }, [
      el('legend', {}, [control.name]),
      help,
      ...boxes,
    ]);
  }
  if (control.kind === 'longtext') {
    const area = el('textarea', { id, 'data-name': control.name, 'aria-describedby': help.id, rows: '2' });
    area.value = value;
    const label = el('label', { for: id }, [control.name, ': does your site offer or sell this treatment?']);
    return el('div', { class: 'option disclosure' }, [label, area, help]);
  }
  let input;
  if (control.kind === 'select') {
    input = el('select', { id, 'data-name': control.name, 'aria-describedby': help.id }, [
      el('option', { value: '' }, ['(not set)']),
      ...control.choices.map((choice) => el('option', { value: choice.value }, [choice.label])),
    ]);
  } else {
    input = el('input', {
      id,
      'data-name': control.name,
      'aria-describedby': help.id,
      type: control.kind === 'number' ? 'number' : 'text',
    });
  }
  input.value = value;
  return el('div', { class: 'option' }, [el('label', { for: id }, [control.name]), input, help]);
}

/**
 * @param {HTMLFormElement} form
 * @param {Control[]} controls
 * @returns {Record<string, string>}
 */
function readValues(form, controls) {
  /** @type {Record<string, string>} */
  const values = {};
  for (const control of controls) {
    if (control.kind === 'multi') {
      const boxes = form.querySelectorAll(`input[data-multi="${control.name}"]:checked`);
      values[control.name] = [...boxes].map((box) => /** @type {HTMLInputElement} */ (box).value).join(' ');
      continue;
    }
    const input = form.querySelector(`[data-name="${control.name}"]`);
    if (input instanceof HTMLInputElement && input.type === 'checkbox') values[control.name] = String(input.checked);
    else if (
      input instanceof HTMLInputElement ||
      input instanceof HTMLSelectElement ||
      input instanceof HTMLTextAreaElement
    )
      values[control.name] = input.value;
  }
  return values;
}

async function start() {
  const root = document.querySelector('#builder');
  if (!root) return;
  const { manifest, builtIns, version } = await loadSources(new URL('../', import.meta.url).href);
  const elements = elementsIn(manifest);

  const widgetPicker = /** @type {HTMLSelectElement} */ (document.querySelector('#widget'));
  const sourcePicker = /** @type {HTMLSelectElement} */ (document.querySelector('#source'));
  const form = /** @type {HTMLFormElement} */ (document.querySelector('#options'));
  const preview = /** @type {HTMLElement} */ (document.querySelector('#preview'));
  const code = /** @type {HTMLElement} */ (document.querySelector('#snippet'));
  const copy = /** @type {HTMLButtonElement} */ (document.querySelector('#copy'));
  const status = /** @type {HTMLElement} */ (document.querySelector('#copy-status'));

  widgetPicker.replaceChildren(
    ...elements.map((element) =>
      el('option', { value: element.tagName ?? '' }, [`<${element.tagName}>: ${element.summary ?? ''}`]),
    ),
  );

  /** @type {Control[]} */
  let controls = [];
  /** @type {Record<string, string>} */
  let values = {};

  function update() {
    const tag = widgetPicker.value;
    values = readValues(form, controls);
    const attributes = attributesFrom(controls, values);
    preview.replaceChildren(createWidget(tag, attributes));
    code.textContent = snippet(tag, attributes, scriptUrl(/** @type {'cdn' | 'self'} */ (sourcePicker.value), version));
    status.textContent = '';
  }

  function showWidget() {
    const tag = widgetPicker.value;
    const element = elements.find((candidate) => candidate.tagName === tag);
    if (!element) return;
    controls = controlsFor(element, builtIns);
    /** @type {Record<string, string>} */
    const start = { ...(STARTING_VALUES[/** @type {keyof typeof STARTING_VALUES} */ (tag)] ?? {}) };
    form.replaceChildren(...controls.map((control) => renderControl(control, start[control.name] ?? '')));
    update();
  }

  widgetPicker.addEventListener('change', showWidget);
  sourcePicker.addEventListener('change', update);
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      status.textContent = 'Copied. Paste it into your page where the widget should appear.';
    } catch {
      status.textContent = 'Copying failed: select the code and copy it by hand.';
    }
  });
  showWidget();
  root.setAttribute('data-ready', '');
}

start();
