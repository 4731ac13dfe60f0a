import { useRef, useState } from 'react';

/** What a list tells the filter it loaded for: whether the list asked for arrived. */
export interface Settles {
  settle: (loaded: boolean) => void;
}

export interface Filter<T> extends Settles {
  /** The chip to highlight: the one tapped, until its list fails to come (then the one before). */
  value: T;
  set: (value: T) => void;
}

/**
 * A list's filter (chips, tabs): passed to usePagedList, which settles it. A tap highlights the new
 * chip at once; if its list cannot be loaded (offline), the chip of the list still on screen is
 * highlighted again, so the chip and the list never disagree.
 */
export function useFilter<T>(initial: T): Filter<T> {
  const [value, setValue] = useState(initial);
  const valueRef = useRef(value);
  valueRef.current = value;
  // The value whose list is on screen.
  const shown = useRef(initial);
  return {
    value,
    set: setValue,
    settle: (loaded) => {
      if (loaded) shown.current = valueRef.current;
      else setValue(shown.current);
    },
  };
}
