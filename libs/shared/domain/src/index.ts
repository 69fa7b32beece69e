export * from './lib/region-code';
export * from './lib/search-text';
export * from './lib/access';
