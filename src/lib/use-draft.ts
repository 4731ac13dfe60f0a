import { useState } from 'react';
import { readStored, removeStored, writeStored } from './storage';

/**
 * A text the user is typing, kept on the device as they type: a login in between (an action that
 * needs one sends them to 我的 and back) or a failed send never loses it. Clear it once sent.
 */
export function useDraft(key: string): [string, (text: string) => void, () => void] {
  const storageKey = `draft:${key}`;
  const [text, setText] = useState(() => readStored<string>(storageKey) ?? '');
  const change = (next: string) => {
    setText(next);
    if (next) writeStored(storageKey, next);
    else removeStored(storageKey);
  };
  return [text, change, () => change('')];
}
