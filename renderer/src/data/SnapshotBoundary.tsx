import { Component, type ReactNode } from 'react';
import { SnapshotError } from '../../../engine/prices/snapshot-error';

/** What went wrong, in English, and in Korean where the check said it. */
export type SnapshotProblem = { message: string; ko?: string | undefined };

type Props = { children: ReactNode; fallback: (problem: SnapshotProblem) => ReactNode };

/**
 * A price table checked on first use (while rendering) that fails its hash or schema check ends up here:
 * the app is replaced by the failure message, nothing is priced. Other errors pass through.
 */
export class SnapshotBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (error instanceof SnapshotError) return this.props.fallback({ message: error.message, ko: error.ko });
    throw error;
  }
}
