import type { DrawOp, LaidOutPage, PdfFonts } from '../../minutes';

/** The family name the preview registers the PDF's own fonts under. */
export const previewFamily = 'Minutebook PDF Preview';

let loading: Promise<void> | undefined;

/**
 * Registers the PDF's fonts for canvas drawing, from the bytes already fetched for the PDF:
 * the preview then sets text in the same faces at the same positions as the PDF.
 */
export function loadPreviewFonts(fonts: PdfFonts): Promise<void> {
  loading ??= (async () => {
    const faces = [
      new FontFace(previewFamily, fonts.regular.slice().buffer, { weight: '400' }),
      new FontFace(previewFamily, fonts.bold.slice().buffer, { weight: '700' }),
    ];
    for (const face of await Promise.all(faces.map((f) => f.load()))) document.fonts.add(face);
  })();
  return loading;
}

const gray = (level: number) => {
  const v = Math.round(level * 255);
  return `rgb(${v} ${v} ${v})`;
};

function drawOp(ctx: CanvasRenderingContext2D, op: DrawOp) {
  switch (op.kind) {
    case 'text':
      ctx.font = `${op.face === 'bold' ? 700 : 400} ${op.size}px "${previewFamily}"`;
      ctx.fillStyle = gray(op.gray);
      // A right-to-left piece is laid out as one run from its left edge; the canvas shapes
      // and orders it itself when told its direction.
      ctx.direction = op.rtl === true ? 'rtl' : 'ltr';
      ctx.textAlign = 'left';
      ctx.fillText(op.text, op.x, op.y);
      return;
    case 'rect':
      if (op.fill !== null) {
        ctx.fillStyle = gray(op.fill);
        ctx.fillRect(op.x, op.y, op.width, op.height);
      }
      if (op.stroke !== null) {
        ctx.strokeStyle = gray(op.stroke);
        ctx.lineWidth = 0.5;
        ctx.strokeRect(op.x, op.y, op.width, op.height);
      }
      return;
    case 'line':
      ctx.strokeStyle = gray(op.gray);
      ctx.lineWidth = op.thickness;
      ctx.beginPath();
      ctx.moveTo(op.x1, op.y1);
      ctx.lineTo(op.x2, op.y2);
      ctx.stroke();
  }
}

/**
 * Draws one laid-out page on a canvas `cssWidth` pixels wide, sharp on high-density screens.
 * Points map to pixels by one scale, so the preview is the PDF's layout, not an imitation.
 */
export function drawPage(canvas: HTMLCanvasElement, page: LaidOutPage, cssWidth: number) {
  const ratio = window.devicePixelRatio || 1;
  const scale = cssWidth / page.width;
  canvas.width = Math.round(cssWidth * ratio);
  canvas.height = Math.round(page.height * scale * ratio);
  canvas.style.width = `${String(cssWidth)}px`;
  canvas.style.height = `${String(Math.round(page.height * scale))}px`;
  const ctx = canvas.getContext('2d');
  if (ctx === null) return;
  ctx.setTransform(scale * ratio, 0, 0, scale * ratio, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, page.width, page.height);
  ctx.textBaseline = 'alphabetic';
  ctx.fontKerning = 'none';
  for (const op of [...page.furniture, ...page.body]) drawOp(ctx, op);
}
