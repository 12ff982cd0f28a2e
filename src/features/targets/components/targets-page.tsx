/**
 * The targets views. The route modules (src/app/routes/targets.tsx, target-detail.tsx) import
 * these two names from here and pass `statusReports` (the reader's follow-ups); keep them.
 */
export { TargetsPage, type TargetsPageProps } from './targets-list-page';
export { TargetDetailPage, type TargetDetailPageProps } from './target-detail-page';
