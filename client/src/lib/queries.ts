import { QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Endpoint } from '@contracts/endpoint';
import { ApiError, call, type CallInput, type CallOutput } from './api';

const isBusy = (error: unknown) => error instanceof ApiError && error.status === 429;

/**
 * Only failures that may pass are tried again: never a 4xx, which would answer the same, except a
 * 429 (too many costly reads at once, as when reads of a page just left are still running).
 */
export const mayRetry = (failures: number, error: unknown) =>
  failures < 2 && (isBusy(error) || !(error instanceof ApiError && error.status >= 400 && error.status < 500));
/** A 429 says to wait a second (Retry-After: 1); anything else is tried again at once, nearly. */
export const retryDelay = (failures: number, error: unknown) => (isBusy(error) ? 1000 * (failures + 1) : 500);

export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: { retry: mayRetry, retryDelay, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });

/**
 * Query keys are per resource: `[tag, operationId, input]`. A write invalidates its own tag and
 * the tags it names, so every read showing those resources refreshes by itself.
 */
export const endpointKey = <E extends Endpoint>(endpoint: E, input?: CallInput<E>) =>
  input === undefined ? [endpoint.tag, endpoint.operationId] : [endpoint.tag, endpoint.operationId, input];

interface ReadOptions<T, D> {
  select?: (data: T) => D;
  /** Polls every this many milliseconds, or not (false); may depend on the last answer. */
  refetchInterval?: number | false | ((data: T | undefined) => number | false);
}

/** Reads an endpoint through TanStack Query; a `null` input waits (nothing to ask yet). */
export function useEndpoint<E extends Endpoint, D = CallOutput<E>>(endpoint: E, input: CallInput<E> | null, options: ReadOptions<CallOutput<E>, D> = {}) {
  const { refetchInterval } = options;
  return useQuery({
    queryKey: endpointKey(endpoint, input ?? undefined),
    queryFn: ({ signal }) => call(endpoint, input!, signal),
    enabled: input !== null,
    ...(options.select ? { select: options.select } : {}),
    ...(refetchInterval !== undefined
      ? {
          refetchInterval:
            typeof refetchInterval === 'function'
              ? (query: { state: { data: CallOutput<E> | undefined } }) => refetchInterval(query.state.data)
              : refetchInterval,
        }
      : {}),
  });
}

/** Reads an endpoint once, outside React's render (an expansion asked for by a click), through the cache. */
export function useFetchEndpoint() {
  const client = useQueryClient();
  return <E extends Endpoint>(endpoint: E, input: CallInput<E>) =>
    client.fetchQuery({ queryKey: endpointKey(endpoint, input), queryFn: ({ signal }) => call(endpoint, input, signal) });
}

interface WriteRequest {
  endpoint: Endpoint;
  input: unknown;
  invalidates: readonly string[];
}

/**
 * Writes through endpoints as TanStack mutations: `write(endpoint, input, invalidates)` sends one,
 * and on success refetches every read under the endpoint's own tag and the tags in `invalidates`.
 */
export function useWrite() {
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ endpoint, input }: WriteRequest) => call(endpoint, input as CallInput<Endpoint>),
    onSuccess: (_data, { endpoint, invalidates }) =>
      // Every write leaves an entry in the audit log, so its list is refreshed too.
      Promise.all([endpoint.tag, 'Audit', ...invalidates].map((tag) => client.invalidateQueries({ queryKey: [tag] }))),
  });
  return <E extends Endpoint>(endpoint: E, input: CallInput<E>, invalidates: readonly string[] = []) =>
    mutation.mutateAsync({ endpoint, input, invalidates }) as Promise<CallOutput<E>>;
}
