// The night passes: a recurring job run once by the built executable on the database of the API under test
// (run.sh hands its path over as DATABASE), as the job server would at its hour.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs the recurring job `id` (e.g. `visitatiecycli`) over every gemeente and waits for it; fails when it does. */
export async function draaiTaak(id) {
  assert.ok(process.env.DATABASE, 'DATABASE is set by run.sh');
  await promisify(execFile)('dotnet', [`${root}src/Gemeenschapskracht.Api/bin/Release/net10.0/Gemeenschapskracht.Api.dll`, 'run-job', id], {
    cwd: root,
    timeout: 120_000,
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Development',
      Cbs__Source: 'Demo',
      ConnectionStrings__Default: `Data Source=${process.env.DATABASE}`,
      Email__PickupFolder: process.env.MAIL_DIR,
    },
  });
}
