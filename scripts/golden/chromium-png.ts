/**
 * Renders standalone SVG files to PNG in headless Debian Chromium (playwright-core), one browser for many
 * SVGs. Each SVG is opened as its own document (a file: URL), exactly as a user opening the export would,
 * so Chromium's strict XML parser checks it too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../chromium.js';

/** The closed-network flags (scripts/chromium.ts), and no font hinting so golden images match across runs. */
const CHROMIUM_ARGS = [...chromiumArgs, '--font-render-hinting=none'];

const PX_PER_MM = 96 / 25.4;

/** The SVG's size in CSS px, from its root width/height attributes (unitless px or mm). */
export function svgPixelSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => {
    const m = new RegExp(`\\s${name}="([\\d.]+)(mm)?"`).exec(root);
    if (!m) throw new Error(`SVG has no ${name}`);
    return Math.ceil(Number(m[1]) * (m[2] === 'mm' ? PX_PER_MM : 1));
  };
  return { width: read('width'), height: read('height') };
}

export class SvgRasteriser {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    private readonly dir: string,
  ) {}

  static async launch(): Promise<SvgRasteriser> {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    return new SvgRasteriser(browser, page, fs.mkdtempSync(path.join(os.tmpdir(), 'kring-golden-')));
  }

  /** The SVG as PNG bytes; throws when Chromium cannot parse it. */
  async render(svg: string, name: string): Promise<Buffer> {
    const file = path.join(this.dir, `${name}.svg`);
    fs.writeFileSync(file, svg);
    const size = svgPixelSize(svg);
    await this.page.setViewportSize(size);
    await this.page.goto(`file://${file}`);
    const root = await this.page.evaluate(() => ({
      name: document.documentElement.localName,
      errors: document.getElementsByTagNameNS('*', 'parsererror').length,
    }));
    if (root.name !== 'svg' || root.errors > 0) throw new Error(`Chromium could not parse ${name}.svg`);
    return this.page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...size } });
  }

  async close(): Promise<void> {
    await this.browser.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
