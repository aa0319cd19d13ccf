// The preview's scale for the sheet (logic/previewFit.ts), following the preview's width as
// the window or the panels beside it change size.
import { useEffect, useState, type RefObject } from 'react';
import { previewScale } from './logic/previewFit';

export function usePreviewScale(preview: RefObject<HTMLElement | null>): number {
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const element = preview.current;
    if (!element) return;
    const measure = () => {
      const style = getComputedStyle(element);
      const available = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      setScale(previewScale(available));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [preview]);
  return scale;
}
