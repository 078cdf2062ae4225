// End to end: the start of the team view. A colleague's export says who it is from, in
// the file and in its name, so two colleagues' files never share a name, and the lead
// who opens one sees whose answers they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { expectClean, withPage } from './harness.mjs';
import { useBrowser } from './support.mjs';
import { answer, openAssessment, goToScreen, announced, importField, importPlan, downloadExport } from './selfassessment.mjs';

const env = useBrowser();

test('an export says who it is from, in the file and its name, and the import plan shows it', async () => {
  await withPage(env.browser, null, async (page) => {
    await openAssessment(page, env.server.url);
    await answer(page, 0, 'Ja').check();
    await announced(page, 'Opgeslagen');
    await goToScreen(page, 'Exporteren en importeren');
    const from = page.getByLabel(/^Uw naam \(mag leeg blijven\)/);
    const names = [];
    for (const who of ['Anna de Vries', 'Bas Öztürk']) {
      await from.fill(who);
      const { download, file } = await downloadExport(page);
      names.push(download.suggestedFilename());
      assert.equal(JSON.parse(await readFile(file, 'utf8')).participant, who);
    }
    assert.match(names[0], /^digiwijzer-zelfevaluatie-mijn-zelfevaluatie-anna-de-vries-\d{4}-\d{2}-\d{2}\.json$/);
    assert.match(names[1], /^digiwijzer-zelfevaluatie-mijn-zelfevaluatie-bas-ozturk-\d{4}-\d{2}-\d{2}\.json$/);
    const { file } = await downloadExport(page);

    await withPage(env.browser, env.server.url + '#/zelfevaluatie/bestand', async (lead) => {
      await importField(lead).setInputFiles(file);
      await importPlan(lead).getByText('Van: Bas Öztürk').waitFor();
      expectClean(lead);
    });
    expectClean(page);
  });
});
