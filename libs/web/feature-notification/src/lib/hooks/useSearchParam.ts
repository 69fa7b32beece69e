import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * One search parameter as state: the URL keeps it (links, reloads, back and forward), and the control shows a
 * change at once. React Router applies URL changes in a transition, so a control bound to the URL alone is put
 * back by React after the click and only catches up when the transition commits (a checkbox then seems not to
 * react on a busy phone).
 */
export function useSearchParam(key: string): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const inUrl = params.get(key);
  const [value, setValue] = useState(inUrl);
  useEffect(() => setValue(inUrl), [inUrl]);
  const set = (next: string | null) => {
    setValue(next);
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set(key, next);
        else updated.delete(key);
        return updated;
      },
      { replace: true },
    );
  };
  return [value, set];
}
