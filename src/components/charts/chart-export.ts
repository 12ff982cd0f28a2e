/**
 * A chart's SVG as a standalone file: computed colours and fonts inlined (the page's
 * stylesheet does not travel with it), a white background, and the title above and the
 * source note below, so a downloaded image still says what it shows and where it came from.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

const TITLE_HEIGHT = 36;
const NOTE_HEIGHT = 28;
const LEGEND_ROW = 18;
const LEGEND_FONT = 12;
const SWATCH = 10;

/** One key of a chart's legend (an HTML list on the page, drawn into the file). */
export type LegendEntry = { label: string; color: string };

/** Text width for laying out the legend: canvas metrics, or an estimate without a canvas. */
function textWidth(text: string, fontFamily: string): number {
  const context = document.createElement('canvas').getContext('2d');
  if (context) {
    context.font = `${LEGEND_FONT}px ${fontFamily}`;
    return context.measureText(text).width;
  }
  // CJK characters are about one em wide, Latin ones about half.
  const ems = [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? 1 : 0.55), 0);
  return ems * LEGEND_FONT;
}

/** Places legend entries left to right, wrapping at `width`: x and row of each. */
export function layoutLegend(
  widths: readonly number[],
  width: number,
): { x: number; row: number }[] {
  const gap = 16;
  let x = 8;
  let row = 0;
  return widths.map((w) => {
    const itemWidth = SWATCH + 6 + w;
    if (x > 8 && x + itemWidth > width - 8) {
      x = 8;
      row += 1;
    }
    const place = { x, row };
    x += itemWidth + gap;
    return place;
  });
}

function inlineStyles(source: Element, target: Element) {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPERTIES.map((name) => {
    const value = computed.getPropertyValue(name);
    return value ? `${name}:${value}` : '';
  })
    .filter(Boolean)
    .join(';');
  if (style) target.setAttribute('style', style);
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren[i];
    const t = targetChildren[i];
    if (s && t) inlineStyles(s, t);
  }
}

export function standaloneSvg(
  svg: SVGSVGElement,
  title: string,
  note: string,
  legend: readonly LegendEntry[] = [],
): string {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width || Number(svg.getAttribute('width')) || 600));
  const height = Math.max(1, Math.round(box.height || Number(svg.getAttribute('height')) || 300));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.removeAttribute('tabindex');
  clone.removeAttribute('role');
  const fontFamily = getComputedStyle(svg).getPropertyValue('font-family') || 'sans-serif';
  const places = layoutLegend(
    legend.map((entry) => textWidth(entry.label, fontFamily)),
    width,
  );
  const legendHeight = legend.length
    ? (Math.max(...places.map((p) => p.row)) + 1) * LEGEND_ROW + 4
    : 0;
  const top = TITLE_HEIGHT + legendHeight;
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(top));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));

  const outer = document.createElementNS(SVG_NS, 'svg');
  const totalHeight = height + top + NOTE_HEIGHT;
  outer.setAttribute('xmlns', SVG_NS);
  outer.setAttribute('width', String(width));
  outer.setAttribute('height', String(totalHeight));
  outer.setAttribute('viewBox', `0 0 ${width} ${totalHeight}`);
  outer.setAttribute('font-family', fontFamily);

  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  outer.append(background);

  const text = (content: string, y: number, size: number, weight: string, fill: string) => {
    const node = document.createElementNS(SVG_NS, 'text');
    node.setAttribute('x', '8');
    node.setAttribute('y', String(y));
    node.setAttribute('font-size', String(size));
    node.setAttribute('font-weight', weight);
    node.setAttribute('fill', fill);
    node.textContent = content;
    return node;
  };
  outer.append(text(title, 24, 16, '700', '#1b1b1b'));
  legend.forEach((entry, index) => {
    const place = places[index];
    if (!place) return;
    const y = TITLE_HEIGHT + place.row * LEGEND_ROW;
    const swatch = document.createElementNS(SVG_NS, 'rect');
    swatch.setAttribute('x', String(place.x));
    swatch.setAttribute('y', String(y + 2));
    swatch.setAttribute('width', String(SWATCH));
    swatch.setAttribute('height', String(SWATCH));
    swatch.setAttribute('fill', entry.color);
    outer.append(swatch);
    const label = text(entry.label, y + 11, LEGEND_FONT, '400', '#52525b');
    label.setAttribute('x', String(place.x + SWATCH + 6));
    outer.append(label);
  });
  outer.append(clone);
  outer.append(text(note, height + top + 18, 11, '400', '#52525b'));
  return new XMLSerializer().serializeToString(outer);
}

/** Draws the SVG on a canvas at twice its size and returns a PNG. */
export async function svgToPng(svgText: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart image could not be drawn'));
      image.src = url;
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = image.width * scale;
    canvas.height = image.height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
