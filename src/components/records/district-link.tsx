import { AppLink } from '@/components/ui/app-link';

/** A link to a district's page. */
export function DistrictLink({ id, name }: { id: string; name: string }) {
  return <AppLink to={`/districts/${encodeURIComponent(id)}`}>{name}</AppLink>;
}
