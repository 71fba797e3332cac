import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/outcome-timeline.js';
import type { DiscOutcomeTimeline } from '../../src/outcome-timeline.js';
import { wrapLines } from '../../src/components/outcome-timeline/chart-config.js';
import { exampleSeries } from '../fixtures/series.js';
import { mount, part } from '../helpers.js';

interface Downloaded {
  name: string;
  blob: Blob;
}

/**
 * Clicks a download button by its words and returns the file the widget handed to the browser.
 * The link's click is caught, so no browser opens a download prompt or leaves the test page.
 */
async function download(el: DiscOutcomeTimeline, words: string): Promise<Downloaded> {
  const click = HTMLAnchorElement.prototype.click;
  const caught = new Promise<{ href: string; name: string }>((resolve) => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      resolve({ href: this.href, name: this.download });
    };
  });
  try {
    const button = [...part(el, 'downloads')!.querySelectorAll('button')].find((b) => b.textContent!.includes(words));
    expect(button, `a button "${words}"`).to.not.equal(undefined);
    button!.click();
    const { href, name } = await Promise.race([
      caught,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no download within 5 s')), 5000)),
    ]);
    expect(href).to.match(/^blob:/);
    return { name, blob: await (await fetch(href)).blob() };
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
}

/** The table's cells as the reader sees them: header, then each row. */
function shownTable(el: Element): string[][] {
  const table = part(el, 'table')!;
  return [...table.querySelectorAll('tr')].map((tr) =>
    [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
  );
}

/** A CSV file's rows (every field quoted, as the widget writes them). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (text[i] === ',') {
      i += 1;
    } else {
      expect(text[i], `a quoted field at ${i}`).to.equal('"');
      let value = '';
      i += 1;
      for (;;) {
        if (text.startsWith('""', i)) {
          value += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else {
          value += text[i];
          i += 1;
        }
      }
      row.push(value.replace(/\s+/g, ' ').trim());
    }
  }
  return rows;
}

/** The reader's calendar day, as the files write it. */
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('<disc-outcome-timeline> downloads', () => {
  it('downloads exactly the table it shows as CSV, after the title, the sources, the date and the notes', async () => {
    const { el } = await mount<DiscOutcomeTimeline>(
      html`<disc-outcome-timeline studies="gornet-2024 xie-2021" journey></disc-outcome-timeline>`,
    );
    const file = await download(el, 'CSV');
    expect(file.name).to.equal('disc-outcome-timeline.csv');
    expect(file.blob.type).to.match(/^text\/csv/);
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    // A byte-order mark, so spreadsheets read the dashes and accents as UTF-8.
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    // TextDecoder drops the mark, as spreadsheets do.
    const rows = csvRows(text);
    const blank = rows.findIndex((row) => row.length === 0);
    const header = rows.slice(0, blank).map((row) => row[0]);
    expect(header[0]).to.equal('Study results over time since treatment');
    expect(header.some((line) => line!.startsWith('Gornet et al. 2024. Allogeneic disc progenitor cells'))).to.equal(
      true,
    );
    // The title says "FDA-approved": its note travels with it.
    expect(header.find((line) => line!.startsWith('Gornet'))).to.contain('About the title');
    expect(
      header.some((line) => line!.startsWith('Xie et al. 2021') && line!.includes('doi:10.1155/2021/9149315')),
    ).to.equal(true);
    expect(header).to.include(`Downloaded ${today()}`);
    expect(header.some((line) => line!.startsWith('What clinics say to expect'))).to.equal(true);
    expect(header.at(-1)).to.match(/^Not approved: the US FDA has not approved/);
    expect(rows.slice(blank + 1)).to.deep.equal(shownTable(el));
  });

  it("keeps a site's own text from running as a spreadsheet formula", async () => {
    const { el } = await mount<DiscOutcomeTimeline>(
      html`<disc-outcome-timeline
        .series=${[exampleSeries({ label: '=HYPERLINK("https://example.com","x")', source: '@SUM(1)' })]}
      ></disc-outcome-timeline>`,
    );
    const text = await (await download(el, 'CSV')).blob.text();
    expect(text).to.contain(`"'=HYPERLINK(""https://example.com"",""x"")`);
    expect(text).to.contain(`: @SUM(1)"`);
    expect(text).not.to.match(/(^|,)"[=+@]/m);
    // Negative numbers stay numbers.
    expect(csvRows(text).flat()).not.to.satisfy((cells: string[]) => cells.some((c) => /^'-?\d/.test(c)));
  });

  it('downloads the chart as an SVG with its title, words, sources and regulatory line, and no bare P value', async () => {
    const { el } = await mount<DiscOutcomeTimeline>(
      html`<disc-outcome-timeline studies="gornet-2024 xie-2021 bates-2022" journey></disc-outcome-timeline>`,
    );
    const file = await download(el, 'SVG');
    expect(file.name).to.equal('disc-outcome-timeline.svg');
    expect(file.blob.type).to.equal('image/svg+xml');
    const doc = new DOMParser().parseFromString(await file.blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.localName).to.equal('svg');
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).to.equal(960);
    const words = [...doc.querySelectorAll('text')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
    expect(words).to.include('Study results over time since treatment');
    expect(words).to.include.members(['Gornet et al. 2024', 'Xie et al. 2021', 'Bates et al. 2022']);
    expect(words).to.include('62.8% less pain');
    expect(words).to.include('Injection');
    expect(words).to.include('Months since treatment');
    expect(words.some((w) => w.startsWith('Not approved: the US FDA'))).to.equal(true);
    expect(words.some((w) => w.startsWith('Downloaded '))).to.equal(true);
    expect(words.join(' ')).not.to.match(/\bP\s*[=<>]/);
    // Nothing in the file reaches out: no links, no images, no fonts from anywhere.
    expect(doc.querySelectorAll('[href], image, use, foreignObject, script').length).to.equal(0);
    expect(doc.querySelector('style')!.textContent).not.to.match(/url\(|@import/);
    // Lit's markers stay out of the file.
    expect(await file.blob.text()).not.to.contain('<!--');
  });

  it('names as sources only what it draws', async () => {
    const { el } = await mount<DiscOutcomeTimeline>(
      html`<disc-outcome-timeline
        studies="xie-2021"
        .series=${[exampleSeries({ source: 'Our clinic records' })]}
      ></disc-outcome-timeline>`,
    );
    const sources = (view: string) =>
      download(el, 'CSV')
        .then((file) => file.blob.text())
        .then((text) => csvRows(text).map((row) => row[0] ?? ''))
        .then((rows) => [
          view,
          rows.some((r) => r.startsWith('Xie')),
          rows.some((r) => r.includes('Our clinic records')),
        ]);
    expect(await sources('trajectory')).to.deep.equal(['trajectory', false, true]);
    el.view = 'milestones';
    await el.updateComplete;
    expect(await sources('milestones')).to.deep.equal(['milestones', true, true]);
  });

  it('downloads the chart as a PNG at twice the SVG size', async () => {
    const { el } = await mount<DiscOutcomeTimeline>(
      html`<disc-outcome-timeline .series=${[exampleSeries()]}></disc-outcome-timeline>`,
    );
    const file = await download(el, 'PNG');
    expect(file.name).to.equal('disc-outcome-timeline.png');
    expect(file.blob.type).to.equal('image/png');
    const signature = [...new Uint8Array(await file.blob.slice(0, 8).arrayBuffer())];
    expect(signature).to.deep.equal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const image = await createImageBitmap(file.blob);
    expect(image.width).to.equal(1920);
    // Something is drawn: the pixels are not all one colour.
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) dark += 1;
    expect(dark).to.be.greaterThan(1000);
  });

  it('speaks Spanish in its buttons and files', async () => {
    const { el } = await mount<DiscOutcomeTimeline>(
      html`<disc-outcome-timeline lang="es" studies="xie-2021"></disc-outcome-timeline>`,
    );
    const buttons = [...part(el, 'downloads')!.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(buttons).to.deep.equal(['Datos (CSV)', 'Imagen (PNG)', 'Imagen (SVG)']);
    expect(part(el, 'downloads')!.getAttribute('aria-label')).to.equal('Descargar');
    const rows = csvRows(await (await download(el, 'CSV')).blob.text());
    expect(rows[0]).to.deep.equal(['Resultados de los estudios en el tiempo desde el tratamiento']);
    expect(rows.flat()).to.include(`Descargado el ${today()}`);
  });

  it('wraps long lines of the image at spaces', () => {
    expect(wrapLines('one two three four', 9)).to.deep.equal(['one two', 'three', 'four']);
    expect(wrapLines('', 9)).to.deep.equal([]);
  });
});
