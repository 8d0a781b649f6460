// Fails when src/generated/api.ts is not what openapi-typescript makes of openapi.yaml today, so the committed types
// can never drift from the contract.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fresh = join(mkdtempSync(join(tmpdir(), 'hcc-api-')), 'api.ts');
execFileSync('npx', ['openapi-typescript', 'openapi.yaml', '--default-non-nullable', 'false', '-o', fresh], {
  stdio: 'ignore',
});
if (readFileSync(fresh, 'utf8') !== readFileSync('src/generated/api.ts', 'utf8')) {
  console.error('src/generated/api.ts is out of date with openapi.yaml: run `npm run generate -w @hcc/sdk`.');
  process.exit(1);
}
console.log('Generated types match openapi.yaml.');
