import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { fixture, Session, uriOf } from './session';

it('smoke', async () => {
  const s = await Session.start({ snippets: true });
  const uri = uriOf('policy-ja.md');
  await s.open(uri, readFileSync(fixture('policy-ja.md'), 'utf8'));
  const d = await s.diagnosticsFor(uri, 1);
  console.log(JSON.stringify(d, null, 1));
  console.log(JSON.stringify(await s.hover(uri, d[0].range.start), null, 1));
  const actions = await s.codeActions(uri, d[0].range, [d[0]]);
  console.log(JSON.stringify(actions, null, 1));
  console.log(JSON.stringify(await s.codeLenses(uri)));
  console.log(JSON.stringify(await s.symbols(uri), null, 1).slice(0, 3000));
  await s.apply(actions[0].edit!);
  console.log(s.text(uri));
  console.log(JSON.stringify(await s.diagnosticsFor(uri, 2)));
  console.log(s.logs, s.stderr);
  await s.shutdown();
});
