import { DATASETS, type DatasetName } from '../../../nodes';
import { datasetAssetPath } from '../../data/dataset-paths';

/**
 * Returns the absolute URL of a bundled dataset's bytes, on the app's own origin and under its
 * base path, for the training worker to fetch. Throws for a name that is not in DATASETS,
 * which the analyzer reports before training can start.
 */
export function datasetUrl(name: string): string {
  if (!(name in DATASETS)) throw new Error(`unknown dataset ${name}`);
  const path = datasetAssetPath(name as DatasetName);
  return new URL(import.meta.env.BASE_URL + path, location.href).href;
}
