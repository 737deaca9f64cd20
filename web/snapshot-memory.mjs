// The file format of the checker's memory snapshot (Pyodide's snapshot: a header, then the
// WebAssembly memory): the memory is mostly zeros (its stack, free space), so the file keeps only
// the runs of 4 KiB pages that are not all zeros. Less to download and, above all, less for the
// browser to decompress and hand over on each later visit.
//
//   u32 count | count x (u32 first page, u32 pages) | the pages of each run, in order
//
// Written by the build (policy_site/pyodide_runtime.mjs), read by the worker (checker-worker.js).

const PAGE = 4096;

export function pack(memory) {
  const pages = Math.ceil(memory.length / PAGE);
  // Read as 32-bit words where the memory is aligned (a snapshot is): four times fewer reads.
  const words = memory.byteOffset % 4 === 0 ? new Uint32Array(memory.buffer, memory.byteOffset, memory.length >> 2) : undefined;
  const isZero = (page) => {
    const end = Math.min((page + 1) * PAGE, memory.length);
    if (words && end % 4 === 0) {
      for (let word = (page * PAGE) >> 2; word < end >> 2; word++) if (words[word] !== 0) return false;
      return true;
    }
    for (let byte = page * PAGE; byte < end; byte++) if (memory[byte] !== 0) return false;
    return true;
  };
  const runs = [];
  for (let page = 0; page < pages; page++) {
    if (isZero(page)) continue;
    const last = runs.at(-1);
    if (last && last[0] + last[1] === page) last[1]++;
    else runs.push([page, 1]);
  }
  const head = 4 + 8 * runs.length;
  const bytes = ([first, count]) => Math.min(count * PAGE, memory.length - first * PAGE); // the last page may be short
  const file = new Uint8Array(head + runs.reduce((sum, run) => sum + bytes(run), 0));
  const view = new DataView(file.buffer);
  view.setUint32(0, runs.length, true);
  let at = head;
  runs.forEach(([first, count], index) => {
    view.setUint32(4 + 8 * index, first, true);
    view.setUint32(8 + 8 * index, count, true);
    file.set(memory.subarray(first * PAGE, first * PAGE + bytes([first, count])), at);
    at += bytes([first, count]);
  });
  return file;
}

// Writes the pages of `file` into `memory` (zeros, of the snapshot's full size).
export function unpack(file, memory) {
  const memoryBytes = memory.length;
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const count = view.getUint32(0, true);
  let at = 4 + 8 * count;
  for (let index = 0; index < count; index++) {
    const first = view.getUint32(4 + 8 * index, true) * PAGE;
    const length = Math.min(view.getUint32(8 + 8 * index, true) * PAGE, memoryBytes - first);
    memory.set(file.subarray(at, at + length), first);
    at += length;
  }
  if (at !== file.length) throw new Error("the snapshot file is damaged");
}
