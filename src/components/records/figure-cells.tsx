import type { Figure } from '@/data/schema';
import { Cell } from '@/components/ui/scrolling-table';
import { formatGrowth, formatQuantity } from '@/lib/format';
import { useLang } from '@/lib/i18n';

/**
 * A figure's value and its growth as two numeric cells of a table row ('—' where none is
 * stated); `labels` are their columns' headers, which a phone's card shows before each.
 */
export function FigureValueCells({
  figure,
  labels,
}: {
  figure: Pick<Figure, 'quantity' | 'growthPercent'>;
  labels: { value: string; growth: string };
}) {
  const { lang } = useLang();
  return (
    <>
      <Cell label={labels.value} col="value" numeric>
        {formatQuantity(figure.quantity, lang)}
      </Cell>
      <Cell label={labels.growth} col="growth" numeric>
        {figure.growthPercent === undefined ? '—' : formatGrowth(figure.growthPercent, lang)}
      </Cell>
    </>
  );
}
