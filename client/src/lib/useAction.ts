import { useState } from 'react';
import { messageOf } from './api';

/**
 * Runs a change (a click, a form), clearing the last error on success and calling `onDone`, or
 * keeping the API's message to show; returns [run, error].
 */
export function useAction(onDone: () => void): [(work: () => Promise<unknown>) => Promise<void>, string | null] {
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      setError(null);
      onDone();
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  return [run, error];
}
