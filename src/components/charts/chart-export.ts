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

export function standaloneSvg(svg: SVGSVGElement, title: string, note: string): string {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width || Number(svg.getAttribute('width')) || 600));
  const height = Math.max(1, Math.round(box.height || Number(svg.getAttribute('height')) || 300));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.removeAttribute('tabindex');
  clone.removeAttribute('role');
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(TITLE_HEIGHT));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));

  const fontFamily = getComputedStyle(svg).getPropertyValue('font-family') || 'sans-serif';
  const outer = document.createElementNS(SVG_NS, 'svg');
  const totalHeight = height + TITLE_HEIGHT + NOTE_HEIGHT;
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
  outer.append(clone);
  outer.append(text(note, height + TITLE_HEIGHT + 18, 11, '400', '#52525b'));
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
