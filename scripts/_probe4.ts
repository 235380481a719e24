import { parseBounded } from '../src/validate/bounded-parse.js';
import { FindingSink } from '../src/validate/finding-sink.js';
import { readJsonText } from '../src/read/read-json-text.js';
import { serializeSoldeFile } from '../src/index.js';
import { validFile } from '../test/helpers/valid-file.js';
let text = serializeSoldeFile(validFile(1));
text = text.replace('"750000010",', Array(130000).fill('"x"').join(',') + ',');
const sink = new FindingSink();
try { readJsonText(text, { maxBytes: 2e7, maxDepth: 64 }, sink); const v = JSON.parse(text); parseBounded(v, sink, true); } catch (e) { console.log((e as Error).stack?.split('\n').slice(0, 12).join('\n')); }
