// Writes a zip of stored (not deflated) members into Pyodide's file system: the checker's archive,
// as the build makes it (hosts compress it in transit, as a whole). A few lines of JavaScript
// instead of Pyodide's unpackArchive, which goes through Python's zipfile and shutil: about 20 ms
// less before the checker is ready, and no cp437 codec to ship for the members' names.
// Used by the runtime build (policy_site/pyodide_runtime.mjs) and, inlined, by the worker.

export function unpackStored(FS, zip, folder) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22; // the end of central directory record (the build writes no comment)
  if (end < 0 || view.getUint32(end, true) !== 0x06054b50) throw new Error("not a zip without comment");
  const names = new TextDecoder("utf-8", { fatal: true });
  const members = []; // read and checked whole before anything is written
  let entry = view.getUint32(end + 16, true);
  for (let left = view.getUint16(end + 10, true); left > 0; left--) {
    if (view.getUint32(entry, true) !== 0x02014b50) throw new Error("a damaged zip");
    if (view.getUint16(entry + 10, true) !== 0) throw new Error("a zip member that is not stored");
    const size = view.getUint32(entry + 24, true);
    const nameLength = view.getUint16(entry + 28, true);
    const name = names.decode(zip.subarray(entry + 46, entry + 46 + nameLength));
    const local = view.getUint32(entry + 42, true);
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entry += 46 + nameLength + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
    if (name.split("/").some((part) => part === "" || part === "." || part === "..")) {
      throw new Error(`a zip member named ${name}`);
    }
    if (data + size > zip.length) throw new Error("a damaged zip");
    members.push([`${folder}/${name}`, zip.subarray(data, data + size)]);
  }
  for (const [path, bytes] of members) {
    FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
    FS.writeFile(path, bytes);
  }
}
