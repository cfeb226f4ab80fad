/**
 * Draws the web-app icons in `public/` from `public/favicon.svg` with headless Chromium, so the PNGs stay
 * in step with the favicon: `npm run icons`. The PNGs are committed; run this after changing
 * the favicon.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const PUBLIC = path.resolve('public');
const BRAND_BLUE = '#1f5fbf';

/** The favicon's drawing without its rounded tile, placed inside the maskable safe zone (the middle 80%). */
export function maskableSvg(favicon: string): string {
  const inner = favicon.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '').replace(/<rect[^>]*\/>/, '');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">',
    `<rect width="64" height="64" fill="${BRAND_BLUE}"/>`,
    '<g transform="translate(6.4 6.4) scale(0.8)">',
    inner,
    '</g></svg>',
  ].join('');
}

async function main(): Promise<void> {
  const favicon = await readFile(path.join(PUBLIC, 'favicon.svg'), 'utf8');
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const icons = [
    { file: 'pwa-192x192.png', size: 192, svg: favicon },
    { file: 'pwa-512x512.png', size: 512, svg: favicon },
    { file: 'maskable-512x512.png', size: 512, svg: maskableSvg(favicon) },
  ];
  try {
    for (const icon of icons) {
      const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
      const sized = icon.svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
      await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
      await page.screenshot({ path: path.join(PUBLIC, icon.file), omitBackground: true });
      await page.close();
      console.log(`wrote public/${icon.file} (${icon.size}x${icon.size})`);
    }
  } finally {
    await browser.close();
  }
}

await main();
