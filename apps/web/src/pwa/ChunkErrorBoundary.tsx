import { Component, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from '@jangkau/web-i18n';
import { ErrorState } from '@jangkau/web-ui';
import { isChunkLoadError, reloadOnceForChunk } from './chunk-reload';

interface Props {
  children: ReactNode;
  title: string;
  offlineMessage: string;
  failedMessage: string;
  reloadLabel: string;
}

/**
 * A page whose code cannot be loaded: reload once (the current version's chunks), otherwise say why in words instead
 * of a white screen. Any other error is not ours to handle and goes on up.
 */
class ChunkBoundary extends Component<Props, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    if (isChunkLoadError(error)) reloadOnceForChunk();
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (!isChunkLoadError(error)) throw error;
    const offline = globalThis.navigator?.onLine === false;
    return (
      <ErrorState
        title={this.props.title}
        message={offline ? this.props.offlineMessage : this.props.failedMessage}
        retryLabel={this.props.reloadLabel}
        onRetry={() => window.location.reload()}
      />
    );
  }
}

/** Around the routed page; starts afresh on every route, so one failed page does not hide the next. */
export function ChunkErrorBoundary({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <ChunkBoundary key={pathname} title={t('pwa.chunk.title')} offlineMessage={t('pwa.chunk.offline')} failedMessage={t('pwa.chunk.failed')} reloadLabel={t('pwa.chunk.reload')}>
      {children}
    </ChunkBoundary>
  );
}
