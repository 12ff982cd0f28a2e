import type { Figure } from '@/data/schema';
import { formatGrowth, formatQuantity } from '@/lib/format';
import { useLang } from '@/lib/i18n';

/** A figure's value and its growth as two numeric cells of a table row ('—' where none is stated). */
export function FigureValueCells({
  figure,
}: {
  figure: Pick<Figure, 'quantity' | 'growthPercent'>;
}) {
  const { lang } = useLang();
  return (
    <>
      <td className="numeric">{formatQuantity(figure.quantity, lang)}</td>
      <td className="numeric">
        {figure.growthPercent === undefined ? '—' : formatGrowth(figure.growthPercent, lang)}
      </td>
    </>
  );
}
