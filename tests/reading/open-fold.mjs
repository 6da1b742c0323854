// A reader of the reading test opens a folded "What counts?" part, as a person taps it on the
// page: prints the fold's words and keeps that this reader opened it for this story.
//
//   node tests/reading/open-fold.mjs <round folder> <lang> <reader> <story> <question number>
//
// The folds are in <round>/folds-<lang>.txt (written by the reading test's write_page_text);
// what each reader opened is kept in <round>/opened-<lang>-<reader>.json (story id to the
// question numbers opened, in order), beside the reader's answers.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const [round, lang, reader, story, number] = process.argv.slice(2);
if (!round || !/^[a-z]{2}$/.test(lang ?? '') || !/^[a-z]$/.test(reader ?? '') || !/^s\d+$/.test(story ?? '') || !/^\d+$/.test(number ?? '')) {
  console.error('usage: node tests/reading/open-fold.mjs <round folder> <lang> <reader letter> <story id> <question number>');
  process.exit(2);
}
const folds = readFileSync(join(round, `folds-${lang}.txt`), 'utf8').split('\n');
const line = folds.find((l) => l.startsWith(`${number}. `));
if (!line) {
  console.error(`question ${number} has no folded part`);
  process.exit(1);
}
const file = join(round, `opened-${lang}-${reader}.json`);
const opened = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
const list = opened[story] ?? [];
if (!list.includes(Number(number))) list.push(Number(number));
opened[story] = list;
writeFileSync(file, `${JSON.stringify(opened, null, 1)}\n`);
console.log(line);
