import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../server/src/config';
import { connect } from '../server/src/db/connect';
import { applySchema } from '../server/src/db/schema';
import { createLogger } from '../server/src/logger';
import { generateNetwork } from './generate';
import { demoCredentialsBanner, ensureDemoAccountsForSample } from './demo-accounts';
import { itemCount, loadNetwork, markSampleLoaded } from '../server/src/network/repository';
import { sampleNetwork } from './sample';

/**
 * npm run seed                         the sample network
 * npm run seed -- --partners 10000     a generated network of that size (--seed, --ties-per-partner)
 * Loads into the configured database (NEO4J_URI, or the local one, started if need be).
 */
const { values } = parseArgs({
  options: {
    partners: { type: 'string' },
    seed: { type: 'string', default: '2024' },
    'ties-per-partner': { type: 'string', default: '10' },
    'batch-size': { type: 'string', default: '5000' },
  },
});

function positive(name: string, text: string | undefined): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a whole number above 0 (got ${text})`);
    process.exit(2);
  }
  return value;
}

const started = performance.now();
const network = values.partners
  ? generateNetwork({
      partners: positive('partners', values.partners),
      seed: positive('seed', values.seed),
      tiesPerPartner: Number(values['ties-per-partner']),
    })
  : sampleNetwork();
const generatedIn = (performance.now() - started) / 1000;
console.log(
  `Generated ${network.partners.length} partners, ${network.ties.length} ties, ${network.introductions.length} introductions in ${generatedIn.toFixed(1)}s`,
);

const config = loadConfig();
const logger = createLogger('warn');
const { db, uri, stopLocal } = await connect(config, logger);
await applySchema(db);

const bar = new SingleBar({ format: '{bar} {percentage}% | {value}/{total} items | {step}', hideCursor: true }, Presets.shades_classic);
bar.start(itemCount(network), 0, { step: '' });
let written = 0;
const loadStarted = performance.now();
await loadNetwork(db, network, {
  batchSize: positive('batch-size', values['batch-size']),
  onProgress: ({ step, batch }) => {
    written += batch;
    bar.update(written, { step });
  },
});
bar.stop();
const seconds = (performance.now() - loadStarted) / 1000;
console.log(
  `Loaded ${written} items into ${uri} in ${seconds.toFixed(1)}s (${Math.round(written / seconds)} items/s; ${Math.round(network.ties.length / seconds)} ties/s over the whole load)`,
);
if (!values.partners) {
  await markSampleLoaded(db);
  const made = await ensureDemoAccountsForSample(db, config.NODE_ENV === 'production');
  if (made.length > 0) console.log(demoCredentialsBanner(made));
}
await db.close();
await stopLocal();
