import fs from 'node:fs';
import { scenarioFields } from '/work/main/db/model/analysis';
import { checkDraft, draftOf } from '/work/main/renderer/src/analysis/logic/scenarioDraft';
for (const f of ['china-export-ban.json', 'china-ban-new-us-plants.json']) {
  const saved = scenarioFields.parse(JSON.parse(fs.readFileSync('/work/main/docs/scenarios/' + f, 'utf8')));
  const run = { name: saved.name, months: saved.months, notes: saved.notes, disruptions: saved.disruptions };
  const c = checkDraft(draftOf(saved));
  console.log(f, JSON.stringify(run) === JSON.stringify(c.ok && c.value));
  if (c.ok) { console.log(JSON.stringify(run).slice(0, 300)); console.log(JSON.stringify(c.value).slice(0, 300)); }
}
