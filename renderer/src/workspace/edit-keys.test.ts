// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { editCommandOf, isTextEntry } from './edit-keys';

const key = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('edit keys', () => {
  it('reads Ctrl/⌘+Z as undo and Ctrl/⌘+Shift+Z or Ctrl+Y as redo, nothing else', () => {
    expect(editCommandOf(key('z', { ctrlKey: true }))).toBe('undo');
    expect(editCommandOf(key('z', { metaKey: true }))).toBe('undo');
    expect(editCommandOf(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(editCommandOf(key('y', { ctrlKey: true }))).toBe('redo');
    expect(editCommandOf(key('z'))).toBeNull();
    expect(editCommandOf(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(editCommandOf(key('s', { ctrlKey: true }))).toBeNull();
  });

  it('leaves undo to text fields, but not to checkboxes, selects or buttons', () => {
    const make = (html: string) => {
      document.body.innerHTML = html;
      return document.body.firstElementChild;
    };
    expect(isTextEntry(make('<input type="text">'))).toBe(true);
    expect(isTextEntry(make('<input>'))).toBe(true);
    expect(isTextEntry(make('<input type="number">'))).toBe(true);
    expect(isTextEntry(make('<textarea></textarea>'))).toBe(true);
    expect(isTextEntry(make('<input type="checkbox">'))).toBe(false);
    expect(isTextEntry(make('<select><option>a</option></select>'))).toBe(false);
    expect(isTextEntry(make('<button>x</button>'))).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});
