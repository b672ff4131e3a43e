/** The import formats, in the order `mvnoscope import --help` lists them. */
import type { ImportFormat } from '../import-format.js';
import { cyclonedxFormat } from './cyclonedx.js';

export const IMPORT_FORMATS: readonly ImportFormat[] = [cyclonedxFormat];
