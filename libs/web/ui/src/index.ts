export { LoadingState } from './lib/LoadingState';
export { ErrorState } from './lib/ErrorState';
export { EmptyState } from './lib/EmptyState';
export { Breadcrumbs, type BreadcrumbItem } from './lib/Breadcrumbs';
export { ErrorBoundary } from './lib/ErrorBoundary';
export { Combobox, type ComboboxOption } from './lib/Combobox';
export { LevelBadge } from './lib/LevelBadge';
export { RegionCombobox, type RegionSearchResult, type RegionSearchState } from './lib/RegionCombobox';
export { RegionFilter } from './lib/RegionFilter';
