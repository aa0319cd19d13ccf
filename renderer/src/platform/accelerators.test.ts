import { describe, expect, it } from 'vitest';
import { keyPress as key } from '../logic/testKeys';
import { acceleratorLabel, matchesAccelerator } from './accelerators';

describe('accelerators', () => {
  it('are written the platform’s way', () => {
    expect(acceleratorLabel('CmdOrCtrl+K', false)).toBe('Ctrl+K');
    expect(acceleratorLabel('CmdOrCtrl+K', true)).toBe('⌘K');
    expect(acceleratorLabel('CmdOrCtrl+Shift+S', false)).toBe('Ctrl+Shift+S');
    expect(acceleratorLabel('CmdOrCtrl+Shift+S', true)).toBe('⇧⌘S');
    expect(acceleratorLabel('Alt+2', false)).toBe('Alt+2');
    expect(acceleratorLabel('Alt+2', true)).toBe('⌥2');
    expect(acceleratorLabel('CmdOrCtrl+/', false)).toBe('Ctrl+/');
  });

  it('match exactly their modifiers: Ctrl elsewhere, Cmd on macOS', () => {
    expect(matchesAccelerator(key('k', { ctrlKey: true }), 'CmdOrCtrl+K', false)).toBe(true);
    expect(matchesAccelerator(key('K', { ctrlKey: true }), 'CmdOrCtrl+K', false)).toBe(true);
    expect(matchesAccelerator(key('k', { metaKey: true }), 'CmdOrCtrl+K', false)).toBe(false);
    expect(matchesAccelerator(key('k', { metaKey: true }), 'CmdOrCtrl+K', true)).toBe(true);
    expect(matchesAccelerator(key('k', { ctrlKey: true }), 'CmdOrCtrl+K', true)).toBe(false);
    expect(matchesAccelerator(key('k', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+K', false)).toBe(false);
    expect(matchesAccelerator(key('S', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+S', false)).toBe(true);
    expect(matchesAccelerator(key('2', { altKey: true }), 'Alt+2', false)).toBe(true);
    expect(matchesAccelerator(key('2', { altKey: true, ctrlKey: true }), 'Alt+2', false)).toBe(false);
    expect(matchesAccelerator(key('k'), 'CmdOrCtrl+K', false)).toBe(false);
  });
});
