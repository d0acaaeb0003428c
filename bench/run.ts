/** `npm run bench`: prints benchmark figures as JSON. */
import { pricesFromSnapshot } from '../engine';
import { loadBundledSnapshot } from '../cli/load-bundled-snapshot';
import { runEngineBench } from './engine';

const prices = pricesFromSnapshot(loadBundledSnapshot());
process.stdout.write(JSON.stringify({ engine: runEngineBench(prices) }, null, 2) + '\n');
