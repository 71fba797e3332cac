#!/usr/bin/env node
/**
 * `disc-evidence render <card|timeline|checklist|overview> [ids…] [options]`: prints a widget as static
 * HTML for pages that cannot run scripts. See `renderStatic` in `server.ts`.
 */
/// <reference types="node" />
import { VERSION } from './internal/version.js';
import { parseRenderCommand } from './cli-args.js';
import { renderStatic, StaticExportError, WIDGETS } from './server.js';

const USAGE = `Usage: disc-evidence render <${WIDGETS.join('|')}> [ids…] [options] > widget.html

Prints a widget as HTML that shows with JavaScript off: paste it into a page, or a newsletter.
With the one-script-tag file also on the page, the widget takes it over without a flash.

  render card <study>             one built-in study, e.g. bates-2022
  render timeline <study…>        one or more built-in studies on one time axis
  render checklist [criteria]     the candidacy checklist (ddd-msc by default)
  render overview [study…]        every built-in study at a glance, or those named

Options:
  --theme auto|light|dark         colour theme (auto follows the reader's system setting)
  --lang en|es                    language, optionally with a region (es-MX)
  --journey                       timeline: add the typical treatment journey
  --heading-level 1-6             card: of the headline (3 by default); overview: of its title (2)
  --no-fallback                   leave out the plain HTML for browsers without declarative shadow DOM
  -h, --help                      this text
  -v, --version                   the version`;

async function main(argv: string[]): Promise<number> {
  const command = parseRenderCommand(argv);
  if (command.help || command.version) {
    process.stdout.write(`${command.help ? USAGE : VERSION}\n`);
    return 0;
  }
  process.stdout.write(await renderStatic(command.widget ?? '', command.ids, command.options));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // A wrong request gets its message and the usage; anything else is a bug worth its stack.
    const known = error instanceof StaticExportError || (error instanceof TypeError && 'code' in error);
    process.stderr.write(known ? `disc-evidence: ${error.message}\n\n${USAGE}\n` : `${String(error)}\n`);
    if (!known && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  },
);
