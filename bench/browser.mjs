// Launches the Chromium the browser tests use, with the flags this machine needs
// (without the background-networking flags it keeps trying to reach Google's hosts).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

export const executablePath = candidates.find((path) => existsSync(path));

export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--mute-audio',
];

export async function launch(extraArgs = []) {
  if (!executablePath) throw new Error('No Chromium found: install one (apt-get install -y chromium) or set CHROME_PATH.');
  const userDataDir = mkdtempSync(join(tmpdir(), 'ops-bench-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    userDataDir,
    args: [...chromiumFlags, ...extraArgs],
    defaultViewport: { width: 1280, height: 900 },
  });
  const close = async () => {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { browser, close };
}
