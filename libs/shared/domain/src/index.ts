export * from './lib/region-code';
export * from './lib/search-text';
