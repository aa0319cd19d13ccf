// Key presses for unit tests: a key with the modifiers named, the others up.
import type { KeyLike } from './keys';

export const keyPress = (key: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});
