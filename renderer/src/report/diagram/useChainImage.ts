// The report's diagram image for the current records: drawn after the report has painted
// (the drawing blocks the thread for a moment), redrawn when the records change, and held
// as an object URL that is revoked when it is replaced or the report closes.
import { useEffect, useState } from 'react';
import type { DiagramData } from '../../diagram/model/elements';
import { renderChainImage } from './chainImage';

export type ChainImageState =
  | { status: 'drawing' }
  | { status: 'done'; url: string; width: number; height: number }
  | { status: 'failed'; message: string };

export function useChainImage(data: DiagramData, version: number): ChainImageState {
  const [state, setState] = useState<{ version: number; image: ChainImageState } | null>(null);

  useEffect(() => {
    let live = true;
    let url: string | null = null;
    const frame = window.requestAnimationFrame(() => {
      renderChainImage(data)
        .then((image) => {
          if (!live) return;
          url = URL.createObjectURL(image.blob);
          setState({ version, image: { status: 'done', url, width: image.width, height: image.height } });
        })
        .catch((error: unknown) => {
          if (live) setState({ version, image: { status: 'failed', message: error instanceof Error ? error.message : String(error) } });
        });
    });
    return () => {
      live = false;
      window.cancelAnimationFrame(frame);
      if (url) URL.revokeObjectURL(url);
    };
    // `version` stands for the records in `data`.
  }, [version]);

  return state?.version === version ? state.image : { status: 'drawing' };
}
