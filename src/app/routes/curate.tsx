import { CuratePage } from '@/features/curate/components/curate-page';

export function Component() {
  return <CuratePage />;
}
