import { useEffect, useRef, useState } from 'react';
import type { LaidOutPage } from '../../minutes';
import { drawPage } from './draw-page';

const pageWidth = 540;

function PageCanvas({ page, label }: { page: LaidOutPage; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current) drawPage(ref.current, page, pageWidth);
  }, [page]);
  return <canvas ref={ref} role="img" aria-label={label} className="preview-page" />;
}

/**
 * The PDF's pages as pictures, drawn from the same layout the PDF was written from (the
 * app's Content-Security-Policy lets no PDF viewer frame run, and none is needed).
 */
export function PdfPreview(props: { title: string; pages: LaidOutPage[]; fontsReady: boolean }) {
  const [shown, setShown] = useState(4);
  const { pages } = props;
  if (!props.fontsReady) return <p aria-busy="true">Preparing the preview…</p>;
  return (
    <section aria-label={`Preview of ${props.title}`} className="preview">
      <div className="preview-pages">
        {pages.slice(0, shown).map((page, i) => (
          <PageCanvas
            key={i}
            page={page}
            label={`${props.title}, page ${String(i + 1)} of ${String(pages.length)}`}
          />
        ))}
      </div>
      {shown < pages.length && (
        <button type="button" onClick={() => setShown(pages.length)}>
          Show all {pages.length} pages
        </button>
      )}
    </section>
  );
}
