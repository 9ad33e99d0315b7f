import { useState, type FormEvent } from 'react';
import { messageOf } from './api';

/**
 * The one way a change is made from a form or a button: `run(work)` runs it, keeping whether it is
 * under way and the API's sentence when it failed; `submit(work, done)` is a form's onSubmit.
 * What the change touched refreshes by itself (the write invalidates those reads).
 */
export function useChange() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async <T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> => {
    setPending(true);
    setError(null);
    try {
      return { ok: true, value: await work() };
    } catch (failure) {
      setError(messageOf(failure));
      return { ok: false };
    } finally {
      setPending(false);
    }
  };
  const submit =
    <T>(work: () => Promise<T>, done?: (value: T) => void) =>
    (event: FormEvent) => {
      event.preventDefault();
      void run(work).then((result) => {
        if (result.ok) done?.(result.value);
      });
    };
  return { run, submit, pending, error };
}
