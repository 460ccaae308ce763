// One measured tool in its own process, so the tools do not share a heap: loads a policy once, then runs the
// tool each time the parent asks (IPC), and answers with the time it took.
//   node bench/worker.mjs <kijun|remark|remark-sections|markdownlint> <file> <core bundle>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [tool, file, coreBundle] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const require = createRequire(import.meta.url);

let run;
if (tool === 'kijun') {
  // The full check as the CLI does it after reading the file: parse, model, check, findings.
  const core = require(coreBundle);
  run = () => {
    const a = core.analyzeText(text);
    return `${a.document.clauses.length} clauses, ${a.findings.length} findings`;
  };
} else if (tool === 'remark' || tool === 'remark-sections') {
  const { unified } = await import('unified');
  const remarkParse = (await import('remark-parse')).default;
  const remarkGfm = (await import('remark-gfm')).default;
  const processor = unified().use(remarkParse).use(remarkGfm);
  run =
    tool === 'remark'
      ? () => `${processor.parse(text).children.length} blocks`
      : // A reference point, not Kijun: the same parser on the text cut before each ATX heading outside code fences.
        () => {
          const sections = cutAtHeadings(text);
          let blocks = 0;
          for (const section of sections) blocks += processor.parse(section).children.length;
          return `${sections.length} sections, ${blocks} blocks`;
        };
} else if (tool === 'markdownlint') {
  const { lint } = await import('markdownlint/sync');
  // Library API, default configuration: every default rule on.
  run = () => `${lint({ strings: { doc: text } }).doc.length} problems`;
} else {
  throw new Error(`unknown tool ${tool}`);
}

function cutAtHeadings(source) {
  const out = [];
  let start = 0;
  let fence;
  for (let at = 0; at < source.length; ) {
    const end = source.indexOf('\n', at);
    const next = end < 0 ? source.length : end + 1;
    const line = source.slice(at, next);
    const mark = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (mark && mark[1][0] === fence[0] && mark[1].length >= fence.length) fence = undefined;
    } else if (mark) {
      fence = mark[1];
    } else if (/^#{1,6}[ \t]/.test(line) && at > start) {
      out.push(source.slice(start, at));
      start = at;
    }
    at = next;
  }
  out.push(source.slice(start));
  return out;
}

process.on('message', (msg) => {
  if (msg === 'exit') process.exit(0);
  const c = process.cpuUsage();
  const t = performance.now();
  const info = run();
  const ms = performance.now() - t;
  const used = process.cpuUsage(c);
  // CPU time of the process (all its threads, so the GC's helpers too): steadier than wall time on a busy machine.
  process.send({ ms, cpu: (used.user + used.system) / 1000, info });
});
process.send({ ready: true });
