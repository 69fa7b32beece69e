import { Component, type ReactNode } from 'react';

/**
 * Keeps a failing part (a chart whose code did not download on a weak network) from blanking the whole page. The
 * fallback may be a function of what failed, to say why (offline, or the server).
 */
export class ErrorBoundary extends Component<{ fallback: ReactNode | ((error: unknown) => ReactNode); children: ReactNode }, { failed: boolean; error: unknown }> {
  override state: { failed: boolean; error: unknown } = { failed: false, error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { failed: true, error };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const { fallback } = this.props;
    return typeof fallback === 'function' ? fallback(this.state.error) : fallback;
  }
}
