// The two seed documents' code, cut out of ../shared/seeds the way a reader copies it: the fenced
// ```python blocks, in order. Seed 000 is models (block 0) + script (blocks 1 and 2). Seed 002's first
// block is the User/Appointment models without an engine, and its script assumes a session holding
// data; its Kin block is the shadowed-`relationship` trap, which must stop with TypeError.

import { readFile } from "node:fs/promises";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/seeds");

async function blocks(file) {
  const text = await readFile(join(SEEDS, file), "utf8");
  return [...text.matchAll(/```python\n([\s\S]*?)```/g)].map((m) => m[1]);
}

export async function seed000() {
  const b = await blocks("000_a9a6c38133eb8130.txt");
  return { models: b[0], script: `${b[1]}\n${b[2]}` };
}

export async function seed002() {
  const b = await blocks("002_ed7f6dc43ce08b8c.txt");
  const setup =
    "\nfrom sqlalchemy import create_engine\nfrom sqlalchemy.orm import Session\n\n" +
    'engine = create_engine("sqlite:///:memory:")\nBase.metadata.create_all(engine)\nsession = Session(engine)\n';
  const data =
    'session.add(User(full_name="Alice", appointments=[Appointment(details="Check-up")]))\nsession.commit()\n\n';
  return {
    models: b[0] + setup,
    script: data + b[1],
    kinModels: b[0] + "\n" + b[4],
  };
}
