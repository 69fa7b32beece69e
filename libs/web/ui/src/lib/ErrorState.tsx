export function ErrorState({ title, message, retryLabel, onRetry }: { title: string; message: string; retryLabel?: string; onRetry?: () => void }) {
  return (
    <div className="error-state" role="alert">
      <p className="error-state__title">{title}</p>
      <p>{message}</p>
      {onRetry && retryLabel && (
        <button type="button" className="button" onClick={onRetry}>
          {retryLabel}
        </button>
      )}
    </div>
  );
}
