/**
 * Every tuning number of declutter, by stage, each with why it is what it is, its unit, and where
 * it came from. jusText keeps its defaults legible the same way (`MAX_LINK_DENSITY_DEFAULT`…).
 * "Set on the scrapinghub pages" means chosen by hand against the 181 scrapinghub article pages
 * (scored by the benchmark's own script), not re-measured since; a measured origin says what was measured.
 * Nothing here is read from the environment: these are the program's constants, not options.
 */

export * from './settings/read.js';
export * from './settings/classify.js';
export * from './settings/select.js';
export * from './settings/metadata.js';
export * from './settings/output.js';
