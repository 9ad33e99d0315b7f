import { ApiError } from '../lib/api';

interface Props {
  error: unknown;
  onRetry(): void;
}

function describe(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.databaseDown) return 'The partner database is not answering right now. Your view will come back when it does.';
    if (error.status === 404) return 'That partner is not in the network (any more). Find another one above.';
    return error.message;
  }
  return 'Something went wrong while loading the network.';
}

export function ErrorBanner({ error, onRetry }: Props) {
  return (
    <div className="banner banner-error" role="alert">
      <span>{describe(error)}</span>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
