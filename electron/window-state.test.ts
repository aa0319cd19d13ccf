import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, parseWindowState, placeWindow, serializeWindowState, type Rect } from './window-state';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('window state store', () => {
  it('round-trips a state through JSON, rounding to whole pixels', () => {
    const text = serializeWindowState({ bounds: { x: 10.4, y: 20.6, width: 1200, height: 800 }, maximized: true });
    expect(parseWindowState(text)).toEqual({ bounds: { x: 10, y: 21, width: 1200, height: 800 }, maximized: true });
  });

  it('reads nothing from missing, damaged or out-of-range JSON', () => {
    expect(parseWindowState(undefined)).toBeNull();
    expect(parseWindowState('')).toBeNull();
    expect(parseWindowState('{"version":1,')).toBeNull();
    expect(parseWindowState(JSON.stringify({ version: 1, bounds: { x: 0, y: 0, width: 0, height: 800 }, maximized: false }))).toBeNull();
    expect(parseWindowState(JSON.stringify({ version: 1, bounds: { x: 1e9, y: 0, width: 900, height: 800 }, maximized: false }))).toBeNull();
    expect(parseWindowState(JSON.stringify({ version: 1, bounds: { x: 0, y: 0, width: '900', height: 800 }, maximized: false }))).toBeNull();
    expect(parseWindowState(JSON.stringify({ bounds: { x: 0, y: 0, width: 900, height: 800 }, maximized: false }))).toBeNull();
  });
});

describe('placeWindow', () => {
  it('opens at the default size, centred by the system, when nothing is stored', () => {
    expect(placeWindow(null, [laptop], laptop)).toEqual({ ...DEFAULT_SIZE, maximized: false });
    // a small screen: no larger than its work area
    const small: Rect = { x: 0, y: 0, width: 1280, height: 720 };
    expect(placeWindow(null, [small], small)).toEqual({ width: 1280, height: 720, maximized: false });
  });

  it('keeps a stored place that is on a screen, here the second monitor', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1500, height: 1000 }, maximized: false };
    expect(placeWindow(saved, [laptop, rightMonitor], laptop)).toEqual({ x: 2000, y: 100, width: 1500, height: 1000, maximized: false });
  });

  it('brings back a window whose monitor was unplugged: centred on the primary screen, size kept within it', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 2400, height: 1300 }, maximized: true };
    expect(placeWindow(saved, [laptop], laptop)).toEqual({ width: 1920, height: 1050, maximized: true });
  });

  it('pulls a window hanging over an edge wholly onto the screen it is mostly on, title bar included', () => {
    const saved = { bounds: { x: -300, y: -50, width: 1200, height: 800 }, maximized: false };
    expect(placeWindow(saved, [laptop, rightMonitor], laptop)).toEqual({ x: 0, y: 0, width: 1200, height: 800, maximized: false });
    const straddling = { bounds: { x: 1500, y: 200, width: 1400, height: 900 }, maximized: false };
    expect(placeWindow(straddling, [laptop, rightMonitor], laptop)).toMatchObject({ x: 1920, y: 200 });
  });

  it('ignores a sliver of overlap and grows a too-small stored size to the minimum', () => {
    const sliver = { bounds: { x: 1900, y: 1000, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(sliver, [laptop], laptop)).toEqual({ width: 1000, height: 700, maximized: false });
    const tiny = { bounds: { x: 100, y: 100, width: 200, height: 150 }, maximized: false };
    expect(placeWindow(tiny, [laptop], laptop)).toEqual({ x: 100, y: 100, ...MIN_SIZE, maximized: false });
  });
});
