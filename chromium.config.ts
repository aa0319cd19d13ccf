// The Chromium every browser-driven check uses (Playwright e2e and the diagram benchmark):
// Debian's, never one Playwright downloads. The flags keep it off the network (without
// them it floods a closed network with refused connections) and run it as root.
export const CHROMIUM_PATH = process.env.LODESTONE_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
