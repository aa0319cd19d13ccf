import { describe, expect, it } from 'vitest';
import { isTextEntry, nextRowIndex, shortcutFor, shortcutLabels, tabKeyIndex, viewShortcut } from './keys';
import { keyPress as key } from './testKeys';

describe('shortcutFor', () => {
  it('maps undo and redo with Ctrl elsewhere and Cmd on macOS', () => {
    expect(shortcutFor(key('z', { ctrlKey: true }), false)).toBe('undo');
    expect(shortcutFor(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(shortcutFor(key('y', { ctrlKey: true }), false)).toBe('redo');
    expect(shortcutFor(key('z', { metaKey: true }), true)).toBe('undo');
    expect(shortcutFor(key('z', { ctrlKey: true }), true)).toBeNull();
    expect(shortcutFor(key('z'), false)).toBeNull();
    expect(shortcutFor(key('z', { ctrlKey: true, altKey: true }), false)).toBeNull();
  });
  it('maps save and find', () => {
    expect(shortcutFor(key('s', { ctrlKey: true }), false)).toBe('save');
    expect(shortcutFor(key('f', { ctrlKey: true }), false)).toBe('find');
  });
});

describe('isTextEntry', () => {
  it('is true for text fields only', () => {
    expect(isTextEntry({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTextEntry({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextEntry({ tagName: 'SELECT' })).toBe(false);
    expect(isTextEntry({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextEntry({ tagName: 'INPUT', type: 'text', readOnly: true })).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});

describe('nextRowIndex', () => {
  it('moves within bounds', () => {
    expect(nextRowIndex('ArrowDown', -1, 10, 5)).toBe(0);
    expect(nextRowIndex('ArrowDown', 9, 10, 5)).toBe(9);
    expect(nextRowIndex('ArrowUp', 0, 10, 5)).toBe(0);
    expect(nextRowIndex('PageDown', 2, 10, 5)).toBe(7);
    expect(nextRowIndex('PageUp', 2, 10, 5)).toBe(0);
    expect(nextRowIndex('End', 2, 10, 5)).toBe(9);
    expect(nextRowIndex('Home', 2, 10, 5)).toBe(0);
    expect(nextRowIndex('x', 2, 10, 5)).toBeNull();
    expect(nextRowIndex('ArrowDown', 0, 0, 5)).toBeNull();
  });
});

describe('viewShortcut', () => {
  it('maps Alt+1..4 to the views, nothing else', () => {
    expect(viewShortcut(key('1', { altKey: true }))).toBe(0);
    expect(viewShortcut(key('4', { altKey: true }))).toBe(3);
    expect(viewShortcut(key('5', { altKey: true }))).toBeNull();
    expect(viewShortcut(key('1'))).toBeNull();
    expect(viewShortcut(key('1', { altKey: true, ctrlKey: true }))).toBeNull();
  });
});

describe('shortcutLabels', () => {
  it('writes Cmd on macOS and Ctrl elsewhere', () => {
    expect(shortcutLabels(true)).toEqual({ modKey: '⌘', modPrefix: '⌘', redo: '⇧⌘Z' });
    expect(shortcutLabels(false)).toEqual({ modKey: 'Ctrl', modPrefix: 'Ctrl+', redo: 'Ctrl+Shift+Z' });
  });
});

describe('tabKeyIndex', () => {
  it('moves along the tabs with the arrows, wrapping, and to the ends with Home and End', () => {
    expect(tabKeyIndex('ArrowRight', 0, 4)).toBe(1);
    expect(tabKeyIndex('ArrowRight', 3, 4)).toBe(0);
    expect(tabKeyIndex('ArrowLeft', 0, 4)).toBe(3);
    expect(tabKeyIndex('ArrowLeft', 2, 4)).toBe(1);
    expect(tabKeyIndex('Home', 2, 4)).toBe(0);
    expect(tabKeyIndex('End', 0, 4)).toBe(3);
  });
  it('ignores other keys, and a list with no tabs', () => {
    expect(tabKeyIndex('Enter', 1, 4)).toBe(-1);
    expect(tabKeyIndex('ArrowDown', 1, 4)).toBe(-1);
    expect(tabKeyIndex('ArrowRight', 0, 0)).toBe(-1);
  });
});
