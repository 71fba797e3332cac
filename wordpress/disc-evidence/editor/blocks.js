/**
 * The blocks in the editor: an inspector panel for each element's attributes (a study picker for
 * the built-in studies) and the site's disclosure, and a live preview drawn by the real element.
 * Plain script on WordPress's own globals (`wp.blocks`, `wp.element`…), so the plugin needs no
 * build of its own. The block's settings and attributes come from its block.json, registered on
 * the server; `window.discEvidenceEditor` holds the attribute list and the catalog.
 */
((wp, data) => {
  if (!wp || !data) return;
  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, ToggleControl, TextControl, TextareaControl, RangeControl, CheckboxControl } =
    wp.components;
  const { __ } = wp.i18n;

  const studyOptions = [{ value: '', label: __('Choose a study', 'disc-evidence') }].concat(
    data.studies.map((study) => ({ value: study.id, label: study.label })),
  );

  /** The control for one attribute, by its type. */
  function control(name, spec, attributes, setAttributes) {
    const value = attributes[spec.block];
    const set = (next) => setAttributes({ [spec.block]: next === '' ? undefined : next });
    const common = { key: name, label: spec.label, help: spec.help, __nextHasNoMarginBottom: true };
    if (name === 'study') {
      return el(SelectControl, { ...common, value: value ?? '', options: studyOptions, onChange: set });
    }
    if (name === 'studies') {
      const chosen = (value ?? '').split(/\s+/).filter(Boolean);
      return el(
        'fieldset',
        { key: name, className: 'disc-evidence-studies' },
        el('legend', null, spec.label),
        data.studies.map((study) =>
          el(CheckboxControl, {
            key: study.id,
            label: study.label,
            checked: chosen.includes(study.id),
            __nextHasNoMarginBottom: true,
            onChange: (on) => set((on ? chosen.concat(study.id) : chosen.filter((id) => id !== study.id)).join(' ')),
          }),
        ),
      );
    }
    if (name === 'criteria') {
      const options = data.criteria.map((id) => ({ value: id, label: id }));
      return el(SelectControl, { ...common, value: value ?? data.criteria[0], options, onChange: set });
    }
    if (spec.type === 'enum') {
      const options = (spec.default ? [] : [{ value: '', label: __('Automatic', 'disc-evidence') }]).concat(
        spec.values.map((each) => ({ value: each, label: each })),
      );
      return el(SelectControl, { ...common, value: value ?? spec.default ?? '', options, onChange: set });
    }
    if (spec.type === 'boolean') {
      return el(ToggleControl, {
        ...common,
        checked: Boolean(value),
        onChange: (on) => setAttributes({ [spec.block]: on }),
      });
    }
    if (spec.type === 'number' && spec.max !== undefined && spec.max <= 10) {
      return el(RangeControl, { ...common, value: value ?? 3, min: spec.min, max: spec.max, onChange: set });
    }
    return el(TextControl, {
      ...common,
      type: spec.type === 'url' ? 'url' : spec.type === 'number' ? 'number' : 'text',
      value: value ?? '',
      onChange: (next) => set(spec.type === 'number' && next !== '' ? Number(next) : next),
    });
  }

  /** The element's attributes for the preview: strings, a boolean as presence. */
  function elementProps(element, attributes) {
    const props = { lang: data.lang };
    for (const [name, spec] of Object.entries(element.attributes)) {
      const value = attributes[spec.block];
      if (value === undefined || value === '' || value === false) continue;
      props[name] = value === true ? '' : String(value);
    }
    return props;
  }

  for (const element of Object.values(data.elements)) {
    registerBlockType(element.block, {
      edit({ attributes, setAttributes }) {
        const blockProps = useBlockProps({ className: 'disc-evidence-widget' });
        const settings = Object.entries(element.attributes).map(([name, spec]) =>
          control(name, spec, attributes, setAttributes),
        );
        const disclosure = el(TextareaControl, {
          key: 'disclosure',
          label: __('Your interest in this treatment', 'disc-evidence'),
          help: __(
            'Shown to readers above the widget, e.g. "We offer this treatment at our clinic." Leave empty only if your site has no interest in it.',
            'disc-evidence',
          ),
          value: attributes.disclosure ?? '',
          __nextHasNoMarginBottom: true,
          onChange: (next) => setAttributes({ disclosure: next === '' ? undefined : next }),
        });
        return el(
          Fragment,
          null,
          el(
            InspectorControls,
            null,
            el(PanelBody, { title: __('Disclosure', 'disc-evidence') }, disclosure),
            el(PanelBody, { title: __('Widget', 'disc-evidence') }, settings),
          ),
          el(
            'div',
            blockProps,
            attributes.disclosure
              ? el(
                  'p',
                  { className: 'disc-evidence-disclosure' },
                  el('strong', null, data.disclosureLabel),
                  ' ',
                  attributes.disclosure,
                )
              : null,
            el(element.tag, elementProps(element, attributes)),
          ),
        );
      },
      // Dynamic: the post stores only the block's comment; the server writes the element.
      save: () => null,
    });
  }
})(window.wp, window.discEvidenceEditor);
