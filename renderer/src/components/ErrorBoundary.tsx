import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Icon } from './Icon';

interface Props {
  /** What the boundary guards, for the message ("the facilities table"). */
  area: string;
  children: ReactNode;
}

/** Keeps a failing view from blanking the window; offers to try again. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`Lodestone: ${this.props.area} failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="boundary" role="alert">
        <Icon name="alert" size={22} className="boundary-icon" />
        <h2>Something went wrong in {this.props.area}</h2>
        <p className="boundary-detail">{this.state.error.message}</p>
        <p className="muted">Your workspace is safe: every saved change is in the workspace file.</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
