// A node:test reporter that lists every top-level test that passed (not skipped, not todo), one
// a line, as the hazard log names them: e2e:<file name>:<title>. scripts/test.sh writes it to
// target/test-lists/e2e.txt beside the spec reporter's output; tests/safety.rs reads it, so
// that a test the log names must have run and passed here.
import path from 'node:path';

export default async function* listReporter(source) {
  for await (const event of source) {
    if (event.type !== 'test:pass' || event.data.nesting !== 0 || !event.data.file) continue;
    const { name, file, todo, skip } = event.data;
    if ((skip !== undefined && skip !== false) || (todo !== undefined && todo !== false)) continue;
    yield `e2e:${path.basename(file)}:${name.replace(/\s+/g, ' ')}\n`;
  }
}
