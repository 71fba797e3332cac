/**
 * The words after `disc-evidence` on a command line, read once for the command and for the demo
 * site's static-export page, so both understand `render card bates-2022 --theme dark` alike.
 */
/// <reference types="node" />
import { parseArgs } from 'node:util';
import type { Theme } from './internal/disc-element.js';
import { StaticExportError, type StaticOptions } from './server.js';

/** A parsed `render <widget> [ids…] [options]` command line; `help` and `version` ask for no render. */
export interface RenderCommand {
  widget: string | undefined;
  ids: string[];
  options: StaticOptions;
  help: boolean;
  version: boolean;
}

/** Reads the words after `disc-evidence`: `render card bates-2022 --theme dark`, `--help`, `--version`. */
export function parseRenderCommand(argv: readonly string[]): RenderCommand {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      theme: { type: 'string' },
      lang: { type: 'string' },
      journey: { type: 'boolean' },
      'heading-level': { type: 'string' },
      'no-fallback': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  const help = values.help === true;
  const version = values.version === true;
  const [command, widget, ...ids] = positionals;
  if (!help && !version && (command !== 'render' || widget === undefined)) {
    throw new StaticExportError('say what to render');
  }
  const level = values['heading-level'];
  return {
    widget,
    ids,
    help,
    version,
    options: {
      theme: values.theme as Theme | undefined,
      lang: values.lang,
      journey: values.journey,
      headingLevel: level === undefined ? undefined : Number(level),
      fallback: !values['no-fallback'],
    },
  };
}
