// The Analysis page, loaded on first visit: its charting library (ECharts) is the largest
// part of the renderer, and a window that never opens Analysis need not parse it.
import { lazy, Suspense, type ComponentProps } from 'react';

const AnalysisView = lazy(() => import('./AnalysisView').then((m) => ({ default: m.AnalysisView })));

export function AnalysisPage(props: ComponentProps<typeof AnalysisView>) {
  return (
    <Suspense
      fallback={
        <p className="muted" role="status">
          Opening the analysis…
        </p>
      }
    >
      <AnalysisView {...props} />
    </Suspense>
  );
}
